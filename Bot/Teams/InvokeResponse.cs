using System.Text.Json;

namespace TeamsBot.Teams;

/// <summary>What an invoke handler answers: the HTTP status and JSON body of the reply to the invoke request.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body)
{
    /// <summary>200 with no body: what <c>fileConsent/invoke</c> and most invokes expect.</summary>
    public static InvokeResponse Ok() => new(200, null);

    /// <summary>The answer to an <c>Action.Execute</c>: the card that replaces the one the user clicked.</summary>
    public static InvokeResponse AdaptiveCard(JsonElement card) =>
        Universal(200, ActivityTypes.AdaptiveCardContentType, card);

    /// <summary>The answer to an <c>Action.Execute</c> that the client shows as a short message.</summary>
    public static InvokeResponse Message(string text) =>
        Universal(200, "application/vnd.microsoft.activity.message", JsonSerializer.SerializeToElement(text, TeamsJsonContext.Default.String));

    /// <summary>An <c>Action.Execute</c> error the client shows to the user.</summary>
    public static InvokeResponse Error(int statusCode, string message) =>
        Universal(statusCode, "application/vnd.microsoft.error",
            JsonSerializer.SerializeToElement(new UniversalActionError("BadRequest", message), TeamsJsonContext.Default.UniversalActionError));

    private static InvokeResponse Universal(int statusCode, string type, JsonElement value) =>
        new(200, JsonSerializer.SerializeToElement(new AdaptiveCardInvokeResponse(statusCode, type, value), TeamsJsonContext.Default.AdaptiveCardInvokeResponse));
}

/// <summary>The Universal Actions response body: <c>{"statusCode":200,"type":"...","value":...}</c>.</summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonElement Value);

public sealed record UniversalActionError(string Code, string Message);
