// OzaBot on Azure, deployed with `azd up` (see docs/deploy.md). One resource group holding:
// a user-assigned managed identity (the bot's identity, and the one it uses for Table Storage and
// Microsoft Graph), a Linux App Service running the host on .NET 10, the Azure Bot registration with
// the Teams channel, a Storage account with the bot's table, and Log Analytics + Application Insights.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; part of every resource name.')
param environmentName string

@minLength(1)
@description('Azure region for all resources. An EU region keeps the data in the EU (westeurope, northeurope, swedencentral …).')
param location string

@allowed(['UserAssignedMSI', 'SingleTenant'])
@description('How the bot authenticates to the Bot Framework. UserAssignedMSI needs no secret; SingleTenant needs an existing Entra app registration (botAppId + botAppPassword).')
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: client id of an existing Entra app registration in this tenant.')
param botAppId string = ''

@secure()
@description('SingleTenant only: a client secret of that app registration.')
param botAppPassword string = ''

@allowed(['global', 'westeurope'])
@description('Azure Bot data residency: global, or westeurope for a regional (EU) bot.')
param botLocation string = 'global'

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier. Standard channels such as Teams are free on both.')
param botSku string = 'F0'

@description('App Service plan size. B1 is the smallest Linux size with always-on.')
param appServicePlanSku string = 'B1'

@description('Name of the table that holds the bot state; the cases are in a second table with "cases" appended.')
@maxLength(58)
param tableName string = 'ozabot'

@description('Calendar provider the host uses (Calendar:Provider).')
param calendarProvider string = 'Graph'

@description('Mailbox (UPN) that organises the calendar invitations, e.g. ozabot@school.nl. Empty until the Graph permission is granted (docs/deploy.md).')
param calendarOrganizer string = ''

@description('Teams SSO: the OAuth connection name (e.g. ozabot-sso). Set, the calendar is delegated (each teacher\'s own). Needs botAppType SingleTenant with botAppId and botAppPassword: the on-behalf-of exchange needs a client secret. Empty: app-only calendar.')
param oauthConnectionName string = ''

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

resource rg 'Microsoft.Resources/resourceGroups@2021-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-ozabot-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-ozabot-${resourceToken}'
    applicationInsightsName: 'appi-ozabot-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'stozabot${resourceToken}'
    location: location
    tags: tags
    tableName: tableName
    dataContributorPrincipalId: identity.outputs.principalId
  }
}

// The bot's Microsoft app id: the managed identity's client id, or the given app registration.
var effectiveBotAppId = botAppType == 'UserAssignedMSI' ? identity.outputs.clientId : botAppId

module web 'modules/appservice.bicep' = {
  name: 'web'
  scope: rg
  params: {
    planName: 'plan-ozabot-${resourceToken}'
    appName: 'app-ozabot-${resourceToken}'
    location: location
    tags: tags
    serviceName: 'ozabot'
    sku: appServicePlanSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    botAppId: effectiveBotAppId
    botAppType: botAppType
    botAppPassword: botAppPassword
    tenantId: tenant().tenantId
    tableEndpoint: storage.outputs.tableEndpoint
    tableName: tableName
    calendarProvider: calendarProvider
    calendarOrganizer: calendarOrganizer
    oauthConnectionName: botAppType == 'SingleTenant' ? oauthConnectionName : ''
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    botLocation: botLocation
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  scope: rg
  params: {
    name: 'bot-ozabot-${resourceToken}'
    location: botLocation
    tags: tags
    sku: botSku
    appType: botAppType
    appId: effectiveBotAppId
    tenantId: tenant().tenantId
    identityId: botAppType == 'UserAssignedMSI' ? identity.outputs.id : ''
    messagingEndpoint: 'https://${web.outputs.defaultHostName}/api/messages'
    appDomain: web.outputs.defaultHostName
    oauthConnectionName: botAppType == 'SingleTenant' ? oauthConnectionName : ''
    clientSecret: botAppPassword
  }
}

// azd stores these in .azure/<env>/.env; tooling/manifest/build.mjs reads BOT_ID and BOT_DOMAIN.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output BOT_ID string = effectiveBotAppId
output BOT_DOMAIN string = web.outputs.defaultHostName
output BOT_ENDPOINT string = 'https://${web.outputs.defaultHostName}/api/messages'
output BOT_SERVICE_NAME string = bot.outputs.name
output WEB_APP_NAME string = web.outputs.name
output WEB_APP_URL string = 'https://${web.outputs.defaultHostName}'
output MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
