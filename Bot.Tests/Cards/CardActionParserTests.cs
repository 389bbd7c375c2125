using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Texts;

namespace TeamsBot.Tests.Cards;

public sealed class CardActionParserTests
{
    [Fact]
    public void TryParse_EveryExecuteOfTheSampleCards_ParsesToATypedAction()
    {
        var executes = CardSamples.All().Values
            .SelectMany(CardValidationTests.Descendants)
            .Where(n => n["type"]?.GetValue<string>() == "Action.Execute")
            // "Toch als notulen lezen" goes to ReadAnywayHandler, which reads its upload hash itself (PersonalChatIntakeTests).
            .Where(n => n["verb"]?.GetValue<string>() != CardVerbs.MinutesReadAnyway)
            .ToList();
        Assert.NotEmpty(executes);
        foreach (var execute in executes)
        {
            var verb = execute["verb"]!.GetValue<string>();
            var data = WithInputs(verb, execute["data"]!.AsObject());
            Assert.True(CardActionParser.TryParse(verb, data, out var action, out var error), $"{verb}: {error}");
            Assert.NotNull(action);
        }
    }

    [Fact]
    public void TryParse_Snooze_IsTyped()
    {
        Assert.True(CardActionParser.TryParse(CardVerbs.ItemSnooze, Json("""{"meetingId":"m1","itemId":"a4","until":"nextMeeting"}"""), out var action, out _));
        Assert.Equal(new ItemSnooze("m1", "a4", SnoozeUntil.NextMeeting), action);
    }

    [Fact]
    public void TryParse_ReviewPublish_MapsInputsBackToItems()
    {
        var data = Json("""
            {"meetingId":"m1","page":0,"items":"a1 a2",
             "item.a1.text":"Begroting opstellen","item.a1.owner":"m:aad-roos","item.a1.due":"2023-06-09","item.a1.remove":"false",
             "item.a2.text":"Bijlage toevoegen","item.a2.owner":"keep","item.a2.due":"","item.a2.remove":"true"}
            """);
        Assert.True(CardActionParser.TryParse(CardVerbs.ReviewPublish, data, out var action, out var error), error);
        var review = Assert.IsType<ReviewSubmit>(action);
        Assert.Equal(ReviewStep.Publish, review.Step);
        Assert.Equal(new ReviewEdit("a1", "Begroting opstellen", new ReviewOwner(ReviewOwnerKind.Member, "aad-roos"), new DateOnly(2023, 6, 9), false), review.Edits[0]);
        Assert.Equal(new ReviewEdit("a2", "Bijlage toevoegen", new ReviewOwner(ReviewOwnerKind.Keep), null, true), review.Edits[1]);
    }

    [Fact]
    public void TryParse_ReviewAssign_ReadsTheItemAndTheChosenMember_AndRemembersThatShePublishesAsIs()
    {
        var data = Json("""
            {"meetingId":"m1","page":0,"items":"a1","itemId":"a1","memberId":"aad-stef","confirmed":"true",
             "item.a1.text":"Zaal reserveren","item.a1.owner":"none","item.a1.due":"","item.a1.remove":"false"}
            """);
        Assert.True(CardActionParser.TryParse(CardVerbs.ReviewAssign, data, out var action, out var error), error);
        var review = Assert.IsType<ReviewSubmit>(action);
        Assert.Equal((ReviewStep.Assign, new ReviewAssign("a1", "aad-stef"), true), (review.Step, review.Assign, review.Confirmed));
    }

    [Fact]
    public void TryParse_ReviewPublishFromTheFirstPage_ReadsTheAnswerToEachProposalOfTheLastMeeting()
    {
        var data = Json("""
            {"meetingId":"m1","page":0,"items":"","followups":4,
             "followup.0":"done","followup.1":"open","followup.2":"dropped","followup.3":"keep"}
            """);

        Assert.True(CardActionParser.TryParse(CardVerbs.ReviewPublish, data, out var action, out var error), error);
        var answers = Assert.IsType<ReviewSubmit>(action).Followups;

        Assert.NotNull(answers);
        Assert.Equal(4, answers.Count);
        Assert.Equal(
            new[] { CardFollowupStatus.Done, CardFollowupStatus.Open, CardFollowupStatus.Dropped, CardFollowupStatus.Unchanged },
            Enumerable.Range(0, 4).Select(i => answers.Choices[i]));
    }

    [Fact]
    public void TryParse_ReviewOfALaterPage_HasNoAnswersToProposals()
    {
        Assert.True(CardActionParser.TryParse(CardVerbs.ReviewPage, Json("""{"meetingId":"m1","page":1,"items":""}"""), out var action, out var error), error);
        Assert.Null(Assert.IsType<ReviewSubmit>(action).Followups);
    }

    [Theory]
    [InlineData("""{"meetingId":"m1","page":0,"items":"","followups":1,"followup.0":"afgerond"}""")]
    [InlineData("""{"meetingId":"m1","page":0,"items":"","followups":0}""")]
    [InlineData("""{"meetingId":"m1","page":0,"items":"","followups":"veel"}""")]
    public void TryParse_AnswerToAProposalThatNoCardOffers_IsRefused(string json)
    {
        Assert.False(CardActionParser.TryParse(CardVerbs.ReviewPublish, Json(json), out _, out var error));
        Assert.Contains("followup", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ReviewPublishWithoutConfirmed_IsNotConfirmed()
    {
        var data = Json("""{"meetingId":"m1","page":0,"items":"","confirmed":"false"}""");
        Assert.True(CardActionParser.TryParse(CardVerbs.ReviewPublish, data, out var action, out var error), error);
        Assert.False(Assert.IsType<ReviewSubmit>(action).Confirmed);
        Assert.True(CardActionParser.TryParse(CardVerbs.ReviewPublish, Json("""{"meetingId":"m1","page":0,"items":""}"""), out action, out error), error);
        Assert.False(Assert.IsType<ReviewSubmit>(action).Confirmed);
    }

    [Fact]
    public void TryParse_Settings_ReadsInputs()
    {
        var data = Json("""{"reviewFirst":"false","leadDays":"3","timeZone":"America/Curacao","language":"en"}""");
        Assert.True(CardActionParser.TryParse(CardVerbs.SettingsSave, data, out var action, out var error), error);
        Assert.Equal(new SettingsSave(new CardSettings(false, 3, "America/Curacao", Language.En)), action);
    }

    [Fact]
    public void TryParse_SettingsWithPlanner_ReadsTheToggleAndThePlan()
    {
        var data = Json("""{"reviewFirst":"true","leadDays":"2","timeZone":"Europe/Amsterdam","language":"nl","plannerOn":"true","plannerPlan":"xqQg5FS2LkCp935s-FIFm2QAFkHM"}""");

        Assert.True(CardActionParser.TryParse(CardVerbs.SettingsSave, data, out var action, out var error), error);

        var planner = ((SettingsSave)action!).Settings.Planner;
        Assert.Equal((true, "xqQg5FS2LkCp935s-FIFm2QAFkHM"), (planner?.Enabled, planner?.PlanId));
    }

    [Fact]
    public void TryParse_SettingsFromACardWithoutPlanner_LeavesPlannerAsItIs()
    {
        var data = Json("""{"reviewFirst":"true","leadDays":"2","timeZone":"Europe/Amsterdam","language":"nl"}""");

        Assert.True(CardActionParser.TryParse(CardVerbs.SettingsSave, data, out var action, out var error), error);

        Assert.Null(((SettingsSave)action!).Settings.Planner);
    }

    [Fact]
    public void TryParse_SettingsWithAPlanThatIsNoId_IsRefused()
    {
        var data = Json("""{"reviewFirst":"true","leadDays":"2","timeZone":"Europe/Amsterdam","language":"nl","plannerOn":"true","plannerPlan":"../groups"}""");

        Assert.False(CardActionParser.TryParse(CardVerbs.SettingsSave, data, out _, out var error));
        Assert.Contains("plannerPlan", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("item.delete", """{"meetingId":"m1","itemId":"a1"}""")]
    [InlineData(null, """{"meetingId":"m1","itemId":"a1"}""")]
    [InlineData("item.done", """{"itemId":"a1"}""")]
    [InlineData("item.done", """{"meetingId":"","itemId":"a1"}""")]
    [InlineData("item.done", """{"meetingId":7,"itemId":"a1"}""")]
    [InlineData("item.done", """{"meetingId":"m1","itemId":"a1\"><at>x</at>"}""")]
    [InlineData("item.done", """["m1","a1"]""")]
    [InlineData("item.snooze", """{"meetingId":"m1","itemId":"a1","until":"forever"}""")]
    [InlineData("item.handover", """{"meetingId":"m1","itemId":"a1"}""")]
    [InlineData("owner.link", """{"meetingId":"m1","itemId":"a1","owner":-1,"memberId":"x"}""")]
    [InlineData("review.publish", """{"meetingId":"m1","page":0,"items":"a1","item.a1.text":"x","item.a1.owner":"evil","item.a1.remove":"false"}""")]
    [InlineData("review.publish", """{"meetingId":"m1","page":0,"items":"a1 a1","item.a1.text":"x","item.a1.owner":"keep","item.a1.remove":"false"}""")]
    [InlineData("review.publish", """{"meetingId":"m1","page":0,"items":"a1","item.a1.text":"x","item.a1.owner":"keep","item.a1.due":"9 juni","item.a1.remove":"false"}""")]
    [InlineData("review.add", """{"meetingId":"m1","page":0,"items":"","new.text":"  ","new.owner":"none"}""")]
    [InlineData("review.assign", """{"meetingId":"m1","page":0,"items":"a1","itemId":"a2","memberId":"x","item.a1.text":"x","item.a1.owner":"keep","item.a1.remove":"false"}""")]
    [InlineData("review.assign", """{"meetingId":"m1","page":0,"items":"a1","itemId":"a1","item.a1.text":"x","item.a1.owner":"keep","item.a1.remove":"false"}""")]
    [InlineData("review.publish", """{"meetingId":"m1","page":0,"items":"","confirmed":"yes"}""")]
    [InlineData("item.take", """{"meetingId":"m1"}""")]
    [InlineData("settings.save", """{"reviewFirst":"true","leadDays":"30","timeZone":"Europe/Amsterdam","language":"nl"}""")]
    [InlineData("settings.save", """{"reviewFirst":"true","leadDays":"2","timeZone":"Mars/Olympus","language":"nl"}""")]
    [InlineData("settings.save", """{"reviewFirst":"ja","leadDays":"2","timeZone":"Europe/Amsterdam","language":"nl"}""")]
    [InlineData("card.refresh", """{"view":"1"}""")]
    [InlineData("card.refresh", """{"view":"everything"}""")]
    public void TryParse_Malformed_IsRefusedWithAReason(string? verb, string json)
    {
        Assert.False(CardActionParser.TryParse(verb, Json(json), out var action, out var error));
        Assert.Null(action);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void TryParse_TextBeyondTheInputLimit_IsRefused()
    {
        var data = new JsonObject
        {
            ["meetingId"] = "m1", ["page"] = 0, ["items"] = "a1", ["item.a1.text"] = new string('x', 501),
            ["item.a1.owner"] = "keep", ["item.a1.remove"] = "false",
        };
        Assert.False(CardActionParser.TryParse(CardVerbs.ReviewPublish, Json(data.ToJsonString()), out _, out var error));
        Assert.Contains("longer", error, StringComparison.Ordinal);
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    // Teams merges the card's input values into data; give each input the value a user could leave.
    private static JsonElement WithInputs(string verb, JsonObject data)
    {
        var merged = (JsonObject)data.DeepClone();
        if (verb.StartsWith("review.", StringComparison.Ordinal))
        {
            foreach (var id in merged["items"]!.GetValue<string>().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                merged[CardVerbs.ItemTextInput(id)] = "tekst";
                merged[CardVerbs.ItemOwnerInput(id)] = "keep";
                merged[CardVerbs.ItemRemoveInput(id)] = "false";
            }

            for (var i = 0; merged[CardVerbs.Followups] is { } shown && i < shown.GetValue<int>(); i++)
            {
                merged[CardVerbs.FollowupInput(i)] = CardVerbs.FollowupKeep;
            }

            merged[CardVerbs.NewText] = "Nieuwe actie";
            merged[CardVerbs.NewOwner] = "m:aad-cor";
        }

        if (verb is CardVerbs.ItemHandOver or CardVerbs.OwnerLink)
        {
            merged[CardVerbs.MemberId] = "aad-cor";
        }

        if (verb == CardVerbs.SettingsSave)
        {
            merged[CardVerbs.ReviewFirst] = "true";
            merged[CardVerbs.LeadDays] = "2";
            merged[CardVerbs.TimeZone] = "Europe/Amsterdam";
            merged[CardVerbs.Language] = "nl";
        }

        return Json(merged.ToJsonString());
    }
}
