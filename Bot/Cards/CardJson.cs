using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>
/// A card as it goes on the wire, and its size as Teams counts it. Non-ASCII letters stay as they are (the default
/// encoder would spell "ë" as six characters and so waste the size budget).
/// </summary>
public static class CardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Teams refuses a bot message above about 100 KB (UTF-16 counted) and advises staying under 80 KB.</summary>
    public const int MessageLimitBytes = 100 * 1024;

    /// <summary>What one card may take, leaving the rest of the advised 80 KB for the activity around it.</summary>
    public const int CardBudgetBytes = 72 * 1024;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static string Serialize(JsonObject card, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.ToJsonString(indented ? Indented : Compact);
    }

    /// <summary>The card's size as Teams counts message size: UTF-16 bytes of the compact JSON.</summary>
    public static int SizeInBytes(JsonObject card) => Serialize(card).Length * sizeof(char);

    /// <summary>The attachment that carries a card in an activity.</summary>
    public static JsonObject Attachment(JsonObject card) => new() { ["contentType"] = ContentType, ["content"] = card };
}
