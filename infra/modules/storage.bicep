// Storage account for the bot's state and cases (Azure Table Storage). Only Entra ID access:
// shared keys are off, so the connection string / account key does not exist for the app; the managed
// identity gets "Storage Table Data Contributor" on the two tables it needs: the conversation state
// (tableName) and the cases (tableName + "cases", AzureTableStorageOptions.CasesTableName).
param name string
param location string
param tags object
param tableName string
@description('Principal (object) id of the managed identity that reads and writes the table.')
param dataContributorPrincipalId string

// Built-in role "Storage Table Data Contributor".
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    accessTier: 'Hot'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

var tableNames = [tableName, '${tableName}cases']

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for table in tableNames: {
  parent: tableService
  name: table
}]

// Scoped to each table itself, the narrowest scope the role supports.
resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (table, i) in tableNames: {
  name: guid(tables[i].id, dataContributorPrincipalId, storageTableDataContributorRoleId)
  scope: tables[i]
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: dataContributorPrincipalId
    principalType: 'ServicePrincipal'
  }
}]

output tableEndpoint string = account.properties.primaryEndpoints.table
