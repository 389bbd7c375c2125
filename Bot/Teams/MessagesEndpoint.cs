using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamsBot.Storage;

namespace TeamsBot.Teams;

/// <summary>
/// <c>POST /api/messages</c> after authentication: body limit (413), parse (400), activity checks (400 for an unusable
/// <c>serviceUrl</c>, 401), de-duplication, dispatch. Refusal reasons go to the log; only a 400 answers with one line
/// saying what is wrong with the activity, never why a caller was not trusted. From the de-duplication on, the request
/// waits on the store at most <see cref="StorageOptions.RequestTimeout"/> in all (<see cref="RequestStorage"/>):
/// Teams is acknowledged in time whatever the store does.
/// </summary>
public sealed class MessagesEndpoint(
    InboundActivityVerifier verifier,
    ActivityDeduplicator deduplicator,
    ActivityDispatcher dispatcher,
    IHostApplicationLifetime lifetime,
    IOptions<StorageOptions> storage,
    ILogger<MessagesEndpoint> logger)
{
    public const long MaxBodyBytes = 1024 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await ReadBodyAsync(context);
        if (body is null)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "body over 1 MB");
            return;
        }

        var activity = Parse(body);
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, activity is null ? "malformed JSON" : "activity without type");
            return;
        }

        var refusal = await verifier.RefusalAsync(context, activity, request.HttpContext.RequestAborted);
        if (refusal is not null)
        {
            Log.ActivityRejected(logger, activity.Id, refusal.Status, refusal.Reason);
            await AnswerRefusalAsync(context, refusal.Status, refusal.Reason);
            return;
        }

        using var storageLimit = RequestStorage.Limit(storage.Value.RequestTimeout);
        if (!await deduplicator.TryBeginAsync(activity, lifetime.ApplicationStopping))
        {
            Log.DuplicateActivity(logger, activity.Id, activity.Type);
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        // Handlers finish what they started even if Teams hangs up: only shutdown cancels them.
        var response = await dispatcher.DispatchAsync(activity, lifetime.ApplicationStopping);
        await deduplicator.CompleteAsync(activity, lifetime.ApplicationStopping);
        await WriteAsync(context, response);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static Activity? Parse(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, TeamsJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task RefuseAsync(HttpContext context, int status, string reason)
    {
        Log.RequestRefused(logger, status, reason);
        await AnswerRefusalAsync(context, status, reason);
    }

    private static async Task AnswerRefusalAsync(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status400BadRequest)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"Bad activity: {reason}.\n", context.RequestAborted);
        }
    }

    private static async Task WriteAsync(HttpContext context, InvokeResponse? response)
    {
        context.Response.StatusCode = response?.Status ?? StatusCodes.Status200OK;
        if (response?.Body is { } json)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(json, TeamsJsonContext.Default.JsonElement), context.RequestAborted);
        }
    }
}
