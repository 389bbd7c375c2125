using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

public enum NoticeKind { Info, Warning, Error, Done }

/// <summary>A short message in a card ("Ik lees de notulen…", "Dit bestand kon ik niet lezen: …"); the message is shown as data.</summary>
public static class NoticeCard
{
    /// <param name="button">One button under the message, e.g. "Toch als notulen lezen".</param>
    public static JsonObject Build(NoticeKind kind, string message, CardContext context, JsonObject? button = null)
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
        if (button is not null)
        {
            body.Add(CardElements.ActionSet(button));
        }

        return scope.Card(body);
    }

    /// <summary>The answer that a document is not minutes, with "Toch als notulen lezen" for the upload <paramref name="uploadHash"/>.</summary>
    public static JsonObject NotMinutes(string message, string uploadHash, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var button = CardElements.Execute(context.Strings.ReadAsMinutes, CardVerbs.MinutesReadAnyway, new JsonObject { [CardVerbs.Upload] = uploadHash });
        return Build(NoticeKind.Info, message, context, button);
    }
}
