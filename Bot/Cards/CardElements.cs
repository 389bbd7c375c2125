using System.Text.Json.Nodes;

namespace TeamsBot.Cards;

/// <summary>
/// The few Adaptive Card 1.5 elements the cards use, as JSON nodes. Every element the JSON Schema in
/// Bot.Tests/Cards/adaptive-card-subset.schema.json allows is made here and nowhere else.
/// </summary>
internal static class CardElements
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    public static JsonObject Card(JsonArray body, JsonArray? actions = null, JsonObject? refresh = null, JsonArray? mentions = null)
    {
        var msteams = new JsonObject { ["width"] = "Full" };
        if (mentions is { Count: > 0 })
        {
            msteams["entities"] = mentions;
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = SchemaUrl,
            ["version"] = "1.5",
            ["msteams"] = msteams,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        if (refresh is not null)
        {
            card["refresh"] = refresh;
        }

        return card;
    }

    /// <summary>A TextBlock whose text the caller has made safe (trusted strings, or <see cref="CardText.Escape"/>).</summary>
    public static JsonObject Text(string text, TextStyle style = TextStyle.Normal, bool separator = false, string spacing = "")
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        switch (style)
        {
            case TextStyle.Title:
                block["size"] = "Large";
                block["weight"] = "Bolder";
                break;
            case TextStyle.Heading:
                block["size"] = "Medium";
                block["weight"] = "Bolder";
                break;
            case TextStyle.Subtle:
                block["isSubtle"] = true;
                block["size"] = "Small";
                break;
            case TextStyle.Attention:
                block["color"] = "Attention";
                block["weight"] = "Bolder";
                break;
            case TextStyle.Good:
                block["color"] = "Good";
                break;
            default:
                break;
        }

        return Spaced(block, separator, spacing);
    }

    /// <summary>Untrusted text in a TextRun, which Teams never reads as Markdown.</summary>
    public static JsonObject Data(string? text, int maxLength, bool bold = false, bool italic = false, bool subtle = false, bool strike = false)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = CardText.Plain(text, maxLength) };
        if (bold)
        {
            run["weight"] = "Bolder";
        }

        if (italic)
        {
            run["italic"] = true;
        }

        if (subtle)
        {
            run["isSubtle"] = true;
        }

        if (strike)
        {
            run["strikethrough"] = true;
        }

        return new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray(run) };
    }

    /// <summary>
    /// <paramref name="block"/> (a <see cref="Data"/> block) with <paramref name="parts"/> after its text on the same
    /// line, small and subtle ("… opstellen  ·  uiterlijk vr 9 jun"): plain text, never Markdown. A part is not broken
    /// over two lines ("uiterlijk do 31 aug" stays whole): only the dots between parts wrap.
    /// </summary>
    public static JsonObject WithAside(JsonObject block, IEnumerable<string> parts, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(block);
        // No-break spaces inside a part and after each dot: a line never ends in a dot or in half a date.
        var aside = string.Join(" ·\u00A0", parts.Select(p => CardText.Plain(p, maxLength).Replace(' ', '\u00A0')));
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = "  ·\u00A0" + aside, ["isSubtle"] = true, ["size"] = "Small" };
        block["inlines"]!.AsArray().Add(run);
        return block;
    }

    /// <param name="select">What selecting (clicking, tapping) the container does: shows or hides elements.</param>
    public static JsonObject Container(JsonArray items, string? id = null, bool separator = false, string spacing = "", bool visible = true, string? style = null, JsonObject? select = null)
    {
        var container = new JsonObject { ["type"] = "Container" };
        if (select is not null)
        {
            container["selectAction"] = select;
        }

        if (id is not null)
        {
            container["id"] = id;
        }

        if (!visible)
        {
            container["isVisible"] = false;
        }

        if (style is not null)
        {
            container["style"] = style;
        }

        container["items"] = items;
        return Spaced(container, separator, spacing);
    }

    public static JsonObject Columns(JsonObject stretch, JsonObject? auto)
    {
        var columns = new JsonArray(new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(stretch) });
        if (auto is not null)
        {
            auto.Remove("wrap");
            columns.Add(new JsonObject { ["type"] = "Column", ["width"] = "auto", ["items"] = new JsonArray(auto) });
        }

        return new JsonObject { ["type"] = "ColumnSet", ["columns"] = columns };
    }

    /// <summary>Columns side by side; each column is <see cref="Column"/>.</summary>
    public static JsonObject ColumnSet(params JsonObject[] columns) =>
        new() { ["type"] = "ColumnSet", ["columns"] = new JsonArray(columns) };

    /// <param name="stretch">Takes the width the other columns leave; otherwise as wide as its content.</param>
    public static JsonObject Column(JsonArray items, bool stretch, string? verticalAlignment = null)
    {
        var column = new JsonObject { ["type"] = "Column", ["width"] = stretch ? "stretch" : "auto" };
        if (verticalAlignment is not null)
        {
            column["verticalContentAlignment"] = verticalAlignment;
        }

        column["items"] = items;
        return column;
    }

    /// <summary>
    /// An action for the "…" menu of its ActionSet (Adaptive Cards 1.5 "mode": "secondary"): Teams shows one "…" button
    /// and lists these actions when it is pressed; a client without the menu shows them as ordinary buttons.
    /// </summary>
    public static JsonObject Secondary(JsonObject action)
    {
        ArgumentNullException.ThrowIfNull(action);
        action["mode"] = "secondary";
        return action;
    }

    public static JsonObject ActionSet(params JsonObject[] actions) =>
        new() { ["type"] = "ActionSet", ["actions"] = new JsonArray(actions) };

    /// <param name="ignoreInputs">Cancel, Back: the card's inputs are neither validated nor sent ("associatedInputs": "none").</param>
    public static JsonObject Execute(string title, string verb, JsonObject data, string? style = null, bool ignoreInputs = false)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data };
        if (style is not null)
        {
            action["style"] = style;
        }

        if (ignoreInputs)
        {
            action["associatedInputs"] = "none";
        }

        return action;
    }

    public static JsonObject Toggle(string title, string targetId) =>
        new() { ["type"] = "Action.ToggleVisibility", ["title"] = title, ["targetElements"] = new JsonArray(targetId) };

    public static JsonObject ShowCard(string title, JsonArray body) =>
        new() { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = body } };

    public static JsonObject TextInput(string id, string label, string value, int maxLength, bool multiline = false)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["value"] = value, ["maxLength"] = maxLength };
        if (multiline)
        {
            input["isMultiline"] = true;
        }

        return input;
    }

    public static JsonObject DateInput(string id, string label, DateOnly? value)
    {
        var input = new JsonObject { ["type"] = "Input.Date", ["id"] = id, ["label"] = label };
        if (value is { } date)
        {
            input["value"] = CardDates.Iso(date);
        }

        return input;
    }

    public static JsonObject NumberInput(string id, string label, int value, int min, int max) =>
        new() { ["type"] = "Input.Number", ["id"] = id, ["label"] = label, ["value"] = value, ["min"] = min, ["max"] = max };

    public static JsonObject Toggle(string id, string title, bool value) =>
        new() { ["type"] = "Input.Toggle", ["id"] = id, ["title"] = title, ["value"] = value ? "true" : "false", ["valueOn"] = "true", ["valueOff"] = "false" };

    /// <summary>A choice list; titles are untrusted (names) and pass through <see cref="CardText.Plain"/>.</summary>
    public static JsonObject Choices(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value, bool filtered = false)
    {
        var array = new JsonArray();
        foreach (var (title, choiceValue) in choices)
        {
            array.Add(new JsonObject { ["title"] = CardText.Plain(title, 120), ["value"] = choiceValue });
        }

        var input = new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = id, ["label"] = label, ["style"] = filtered ? "filtered" : "compact", ["choices"] = array };
        if (value is not null)
        {
            input["value"] = value;
        }

        return input;
    }

    private static JsonObject Spaced(JsonObject element, bool separator, string spacing)
    {
        if (separator)
        {
            element["separator"] = true;
        }

        if (spacing.Length > 0)
        {
            element["spacing"] = spacing;
        }

        return element;
    }
}

internal enum TextStyle { Normal, Title, Heading, Subtle, Attention, Good }
