using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

public enum NoticeKind { Info, Warning, Error, Done }

/// <summary>A short message in a card ("Ik lees de notulen…", "Dit bestand kon ik niet lezen: …"); the message is shown as data.</summary>
public static class NoticeCard
{
    public static JsonObject Build(NoticeKind kind, string message, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = new CardScope(context);
        var strings = scope.Strings;
        var (title, style) = kind switch
        {
            NoticeKind.Warning => (strings.NoticeWarning, "warning"),
            NoticeKind.Error => (strings.NoticeError, "attention"),
            NoticeKind.Done => (strings.NoticeDone, "good"),
            _ => (strings.NoticeInfo, "accent"),
        };
        var body = new JsonArray(CardElements.Container(
            new JsonArray(CardElements.Text(title, TextStyle.Heading), CardElements.Data(message, 1000)),
            style: style));
        return scope.Card(body);
    }
}
