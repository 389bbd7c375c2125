// The Azure side of the minutes follow-up bot: one resource group holding its identity, storage,
// web app, monitoring and the Azure Bot registration with the Teams channel.
// Build offline: bicep build infra/main.bicep (Bot.Tests does this and fails on any warning).

targetScope = 'resourceGroup'

@description('Azure region for the web app, storage and monitoring. The bot registration itself is global.')
param location string = resourceGroup().location

@description('Short lowercase prefix for resource names.')
@minLength(3)
@maxLength(12)
param baseName string = 'minutesbot'

@description('Name of the user-assigned managed identity the web app runs as.')
param identityName string = '${baseName}-id'

@description('Name of the Storage account (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param storageAccountName string = take(toLower('${baseName}${uniqueString(resourceGroup().id)}'), 24)

@description('Blob container for the minutes files and the extracted decisions and action items.')
param containerName string = 'minutes'

@description('Name of the App Service plan (Linux).')
param planName string = '${baseName}-plan'

@description('App Service plan SKU. B1 or higher keeps the app always on, which the reminders need.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param planSku string = 'B1'

@description('Name of the web app; its host name becomes the bot\'s messaging endpoint.')
param webAppName string = '${baseName}-${uniqueString(resourceGroup().id)}'

@description('Name of the Log Analytics workspace.')
param workspaceName string = '${baseName}-logs'

@description('Name of the Application Insights component.')
param insightsName string = '${baseName}-insights'

@description('Name (handle) of the Azure Bot resource.')
param botName string = '${baseName}-${uniqueString(resourceGroup().id)}-bot'

@description('Display name of the bot in Azure.')
param botDisplayName string = 'Minutes follow-up'

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free anyway) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('How the bot proves who it is: UserAssignedMSI (the managed identity, no secret) or SingleTenant (an Entra app registration).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the client id of the Entra app registration of the bot.')
param entraAppId string = ''

@description('The Entra tenant of the bot identity.')
param tenantId string = tenant().tenantId

var useManagedIdentity = botAppType == 'UserAssignedMSI'
var botAppId = useManagedIdentity ? identity.properties.clientId : entraAppId

// Storage Blob Data Contributor: read and write the minutes container. The only role this template grants.
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: containerName
  properties: {
    publicAccess: 'None'
  }
}

resource blobAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageBlobDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: insightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'ASPNETCORE_ENVIRONMENT'
          value: 'Production'
        }
        {
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'Bot__AppId'
          value: botAppId
        }
        {
          name: 'Bot__TenantId'
          value: tenantId
        }
        {
          name: 'Bot__AppType'
          value: botAppType
        }
        {
          // UserAssignedMSI: tokens come from the managed identity. SingleTenant: add the client secret or
          // certificate as a Key Vault reference in Bot__Credential__ClientSecret after deployment.
          name: 'Bot__Credential__Kind'
          value: useManagedIdentity ? 'ManagedIdentity' : 'ClientSecret'
        }
        {
          name: 'Bot__Credential__ManagedIdentityClientId'
          value: identity.properties.clientId
        }
        {
          name: 'Storage__Provider'
          value: 'AzureBlob'
        }
        {
          name: 'Storage__ServiceUri'
          value: storage.properties.primaryEndpoints.blob
        }
        {
          name: 'Storage__Container'
          value: containerName
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insights.properties.ConnectionString
        }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: tenantId
    msaAppMSIResourceId: useManagedIdentity ? identity.id : null
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

@description('Host name for `manifest pack --host` and the bot\'s messaging endpoint.')
output webAppHostName string = webApp.properties.defaultHostName

@description('The bot id for `manifest pack --bot-id`.')
output botAppId string = botAppId

@description('Client id of the managed identity the web app runs as.')
output identityClientId string = identity.properties.clientId

@description('Principal (object) id of the managed identity, for the Graph app-role assignments in the README (Files.Read.All, Calendars.ReadBasic, Tasks.ReadWrite.All for Planner).')
output identityPrincipalId string = identity.properties.principalId

@description('Blob endpoint the bot stores minutes in.')
output storageBlobEndpoint string = storage.properties.primaryEndpoints.blob
