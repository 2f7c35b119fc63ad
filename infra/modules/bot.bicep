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

output name string = bot.name
