using System.Text.Json.Nodes;
using TeamsBot.Texts;

namespace TeamsBot.Cards;

/// <summary>The team's settings: review first, reminder lead time in working days, time zone, language, and "Acties ook in Planner" with its plan.</summary>
public static class SettingsCard
{
    public const int MaxLeadDays = 10;

    /// <summary>The card; <paramref name="saved"/> says under the title that the changes are stored (the answer to Save).</summary>
    public static JsonObject Build(CardSettings settings, CardContext context, bool saved = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        var scope = new CardScope(context);
        var strings = scope.Strings;
        var zones = CardTimeZones.Common.Select(z => (z.Replace('_', ' '), z));
        var body = new JsonArray(
            CardElements.Text(strings.Settings, TextStyle.Title),
            CardElements.Toggle(CardVerbs.ReviewFirst, strings.ReviewFirst, settings.ReviewFirst),
            CardElements.NumberInput(CardVerbs.LeadDays, strings.ReminderLeadDays, Math.Clamp(settings.ReminderLeadDays, 0, MaxLeadDays), 0, MaxLeadDays),
            CardElements.Choices(CardVerbs.TimeZone, strings.TimeZone, zones, CardTimeZones.IsOffered(settings.TimeZone) ? settings.TimeZone : CardTimeZones.Common[0]),
            CardElements.Choices(CardVerbs.Language, strings.Language, Languages(settings.Language), settings.Language.Code));
        if (settings.Planner is { } planner)
        {
            body.Add(CardElements.Toggle(CardVerbs.PlannerOn, strings.PlannerToggle, planner.Enabled));
            var plans = planner.Plans.Where(p => p.Id != CardPlanner.NewPlan).Select(p => (p.Title, p.Id)).Prepend((strings.PlannerNewPlan, CardPlanner.NewPlan));
            body.Add(CardElements.Choices(CardVerbs.PlannerPlan, strings.PlannerPlan, plans, planner.PlanId));
            if (planner.NoAccess)
            {
                body.Add(CardElements.Text(strings.PlannerNoAccess, TextStyle.Attention, spacing: "Small"));
            }
        }
        if (saved)
        {
            body.Insert(1, CardElements.Text("✓ " + strings.SettingsSaved, TextStyle.Good, spacing: "Small"));
        }

        return scope.Card(body, new JsonArray(CardElements.Execute(strings.Save, CardVerbs.SettingsSave, [])));
    }

    /// <summary>The built-in languages, and the team's own when it is one a test added.</summary>
    private static IEnumerable<(string, string)> Languages(Language current) =>
        TextTables.BuiltIn.Append(current.Texts).Distinct().Select(t => (t.Name, t.Code));
}
