// The Azure Bot registration: who the bot is (app type, app id, tenant), where Teams sends
// activities (the messaging endpoint), and the Teams channel. New bots cannot be multi-tenant
// any more (deprecated 2025-07-31), so only UserAssignedMSI and SingleTenant are offered.
param name string
@allowed(['global', 'westeurope'])
param location string
param tags object
param sku string
@allowed(['UserAssignedMSI', 'SingleTenant'])
param appType string
param appId string
param tenantId string
@description('Resource id of the user-assigned identity (UserAssignedMSI only; empty for SingleTenant).')
param identityId string
param messagingEndpoint string

@description('The host name the tab and the bot are served from: part of the Application ID URI of a Teams app with a bot and a tab.')
param appDomain string
@description('Name of the OAuth connection for Teams SSO (Calendar:Graph:OAuthConnectionName); empty: no connection, app-only calendar.')
param oauthConnectionName string
@secure()
@description('The app registration\'s client secret (SingleTenant), which the Token Service uses for the SSO exchange.')
param clientSecret string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: location
  tags: tags
  kind: 'azurebot'
  sku: { name: sku }
  properties: {
    displayName: 'OzaBot'
    description: 'Stappenplan voor onderwijs-zorgarrangementen. Bewaart alleen een casuscode, geen namen of BSN.'
    endpoint: messagingEndpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: location
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Teams SSO: an Entra ID v2 connection on the app registration. Teams' SSO token (audience: the app's
// api://<domain>/botid-<app id> resource, the manifest's webApplicationInfo) is exchanged here for a token for the
// bot's own API scope; the host then asks Graph's delegated Calendars.ReadWrite on behalf of the user.
var appIdUri = 'api://${appDomain}/botid-${appId}'

resource ssoConnection 'Microsoft.BotService/botServices/connections@2022-09-15' = if (!empty(oauthConnectionName)) {
  parent: bot
  name: empty(oauthConnectionName) ? 'none' : oauthConnectionName
  location: location
  properties: {
    serviceProviderDisplayName: 'Azure Active Directory v2'
    serviceProviderId: '30dd229c-58e3-4a48-bdfd-91ec48eb906c'
    clientId: appId
    clientSecret: clientSecret
    scopes: '${appIdUri}/access_as_user'
    parameters: [
      { key: 'tenantID', value: tenantId }
      { key: 'tokenExchangeUrl', value: appIdUri }
    ]
  }
}

output name string = bot.name
