using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBot.Teams;

/// <summary>Source-generated JSON for the Bot Connector wire format: camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(FileDownloadInfo))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(FileConsentCardResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(UniversalActionError))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(TeamDetails))]
[JsonSerializable(typeof(ConnectorErrorResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(BackgroundWorkItem))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class TeamsJsonContext : JsonSerializerContext;
