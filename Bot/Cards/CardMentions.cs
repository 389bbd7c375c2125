using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>
/// Collects the @mentions of one card. Only a person with a member id (a real member of the team, resolved by the
/// caller) becomes a mention; every other name is shown as escaped text, so nothing in the minutes can make the card
/// mention anyone.
/// </summary>
internal sealed class CardMentions
{
    private const int MaxNameLength = 80;
    private readonly JsonArray _entities = [];
    private readonly HashSet<string> _mentioned = new(StringComparer.Ordinal);

    public JsonArray Entities => _entities;

    /// <summary>Markdown for a TextBlock: "&lt;at&gt;Name&lt;/at&gt;" for a member, the escaped name otherwise.</summary>
    public string Name(CardPerson person)
    {
        var name = CardText.Escape(person.Name, MaxNameLength);
        if (string.IsNullOrWhiteSpace(person.MemberId) || name.Length == 0)
        {
            return name;
        }

        var tag = $"<at>{name}</at>";
        if (_mentioned.Add(person.MemberId + "\n" + tag))
        {
            _entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = tag,
                ["mentioned"] = new JsonObject { ["id"] = person.MemberId, ["name"] = CardText.Plain(person.Name, MaxNameLength) },
            });
        }

        return tag;
    }
}
