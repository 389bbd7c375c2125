// Example parameters: az deployment group create -g <group> -f infra/main.bicep -p infra/main.bicepparam
using './main.bicep'

param baseName = 'minutesbot'
param location = 'westeurope'
param planSku = 'B1'
param botSku = 'F0'

// The bot signs in as the user-assigned managed identity: no secret to store or rotate.
param botAppType = 'UserAssignedMSI'

// For a SingleTenant Entra app registration instead:
// param botAppType = 'SingleTenant'
// param entraAppId = '00000000-0000-0000-0000-000000000000'
