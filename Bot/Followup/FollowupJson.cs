using System.Text.Json.Serialization;

namespace TeamsBot.Followup;

/// <summary>The stored JSON of the follow-up documents (source generated; enums as names so that documents stay readable).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Meeting))]
[JsonSerializable(typeof(TeamCatalogue))]
[JsonSerializable(typeof(UserItemsIndex))]
[JsonSerializable(typeof(TeamSettings))]
[JsonSerializable(typeof(TenantInstallations))]
[JsonSerializable(typeof(InstalledTenants))]
[JsonSerializable(typeof(PersonalChat))]
[JsonSerializable(typeof(TeamRoster))]
internal sealed partial class FollowupJson : JsonSerializerContext;
