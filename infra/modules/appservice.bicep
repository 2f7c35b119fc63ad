// Linux App Service plan + web app running src/OzaBot.Host on .NET 10, with every app setting the
// host reads (src/OzaBot.Host/Configuration/ConfigurationKeys.cs; "__" stands for ":").
// tests/OzaBot.Host.Tests/Deployment checks the names in the *Settings variables below against that list.
param planName string
param appName string
param location string
param tags object
@description('azd service name from azure.yaml; azd finds the app to deploy to by this tag.')
param serviceName string
param sku string
param identityId string
param identityClientId string
param botAppId string
@allowed(['UserAssignedMSI', 'SingleTenant'])
param botAppType string
@secure()
param botAppPassword string
param tenantId string
param tableEndpoint string
param tableName string
param calendarProvider string
param calendarOrganizer string
@description('Teams SSO connection on the Azure Bot; set, the calendar is delegated (SingleTenant only).')
param oauthConnectionName string
param applicationInsightsConnectionString string
@description('Where the Azure Bot processes messages (global or westeurope); the privacy statement at /privacy names it.')
param botLocation string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: sku }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/readyz'
    }
  }
}

// No FTP publishing with a user name and password; azd deploys through the SCM endpoint with Entra ID.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

var appSettings = {
  Bot__AppId: botAppId
  Bot__AppType: botAppType
  Bot__TenantId: tenantId
  Storage__Provider: 'AzureTables'
  Storage__TableEndpoint: tableEndpoint
  Storage__TableName: tableName
  Storage__ManagedIdentityClientId: identityClientId
  Calendar__Provider: calendarProvider
  Calendar__Graph__TenantId: tenantId
  Calendar__Graph__ClientId: identityClientId
  Calendar__Graph__Organizer: calendarOrganizer
  Calendar__Graph__OAuthConnectionName: oauthConnectionName
  Host__PublicBaseUrl: 'https://${site.properties.defaultHostName}'
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  // Facts for the privacy statement at /privacy: the region of this app, its storage and monitoring, and the bot's.
  Privacy__AzureRegion: location
  Privacy__BotServiceRegion: botLocation
  TimeZone: 'Europe/Amsterdam'
  // Azure.Identity's ManagedIdentityCredential/DefaultAzureCredential pick the user-assigned identity by this.
  AZURE_CLIENT_ID: identityClientId
}

// Only for an app registration with a secret; UserAssignedMSI has no password at all.
var singleTenantSettings = {
  Bot__AppPassword: botAppPassword
}

// A separate config resource (not siteConfig.appSettings) so Host__PublicBaseUrl can use the site's
// own host name without a circular reference.
resource siteAppSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: botAppType == 'SingleTenant' ? union(appSettings, singleTenantSettings) : appSettings
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
