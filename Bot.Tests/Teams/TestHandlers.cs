using System.Text.Json;
using TeamsBot.Teams;

namespace TeamsBot.Tests.Teams;

/// <summary>A feature that fails: takes the message "boom" and throws.</summary>
internal sealed class ThrowingHandler : IActivityHandler
{
    public bool Accepts(Activity activity) => activity.Type == ActivityTypes.Message && activity.Text == "boom";

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) => throw new InvalidOperationException("feature bug");
}

/// <summary>A feature with slow work: "slow" is acknowledged now and answered by the background worker.</summary>
internal sealed class SlowWorkHandler : IActivityHandler
{
    public const string WorkKind = "test-slow";

    public bool Accepts(Activity activity) => activity.Type == ActivityTypes.Message && activity.Text == "slow";

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        await turn.ReplyAsync("working on it", cancellationToken);
        await turn.QueueAsync(WorkKind, JsonSerializer.SerializeToElement("payload", TeamsJsonContext.Default.String), cancellationToken);
    }
}

/// <summary>The background half of <see cref="SlowWorkHandler"/>: answers in the conversation.</summary>
internal sealed class SlowWorkRunner(ConnectorClient connector) : IBackgroundWorkHandler
{
    public string Kind => SlowWorkHandler.WorkKind;

    public Task HandleAsync(BackgroundWorkItem item, CancellationToken cancellationToken) =>
        connector.SendToConversationAsync(item.Conversation, Replies.Text(item.Conversation, $"done with {item.Payload?.GetString()}"), cancellationToken);
}

/// <summary>A card feature: <c>Action.Execute</c> with verb "approve" gets a replacement card; "crash" throws.</summary>
internal sealed class ApproveCardHandler : IInvokeHandler
{
    public bool Accepts(Activity activity) =>
        activity.Name == ActivityTypes.AdaptiveCardAction && activity.ReadAdaptiveCardInvoke()?.Action?.Verb is "approve" or "crash";

    public Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.ReadAdaptiveCardInvoke()?.Action?.Verb == "crash")
        {
            throw new InvalidOperationException("card bug");
        }

        var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Approved"}]}""").RootElement;
        return Task.FromResult(InvokeResponse.AdaptiveCard(card));
    }
}
