// The user-assigned managed identity: the bot's Microsoft app id (UserAssignedMSI), and the identity
// the web app uses for Table Storage and Microsoft Graph. No secret exists anywhere.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
