using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TeamsBot.Teams;

/// <summary>
/// The Bot Connector v3 REST API (typed <see cref="HttpClient"/>). The base address is the conversation's
/// <c>serviceUrl</c>, given per call. Its handlers add the bot's token (trusted hosts only) and retry 429/503.
/// </summary>
/// <remarks>
/// Duplicates: a POST that timed out or got a 5xx may still have been delivered, and the connector takes no
/// idempotency key, so this client never re-sends a POST after an ambiguous failure (only after 429, and after a
/// 503 that carries <c>Retry-After</c>: both mean "not processed"). It throws instead, and the caller decides.
/// Work that must not post twice posts once and then changes that message with <see cref="UpdateActivityAsync"/>
/// (a PUT by id, safe to repeat); inbound activities are de-duplicated by id before any handler runs.
/// </remarks>
public sealed class ConnectorClient(HttpClient http)
{
    private static readonly MediaTypeHeaderValue JsonUtf8 = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    public Task<ResourceResponse> ReplyToActivityAsync(ConversationReference conversation, Activity reply, CancellationToken cancellationToken) =>
        ReplyToActivityAsync(ServiceUrl(conversation), ConversationId(conversation), reply.ReplyToId ?? conversation.ActivityId
            ?? throw new ArgumentException("A reply needs the id of the activity it answers.", nameof(reply)), reply, cancellationToken);

    /// <summary><c>POST v3/conversations/{id}/activities/{activityId}</c>; a 202 without body gives a null id.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity reply, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, Url(serviceUrl, "v3/conversations", conversationId, "activities", activityId), reply with { ReplyToId = activityId },
            TeamsJsonContext.Default.Activity, TeamsJsonContext.Default.ResourceResponse, new ResourceResponse(null), cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(ServiceUrl(conversation), ConversationId(conversation), activity, cancellationToken);

    /// <summary><c>POST v3/conversations/{id}/activities</c>: a new message in the conversation (proactive).</summary>
    public Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, Url(serviceUrl, "v3/conversations", conversationId, "activities"), activity,
            TeamsJsonContext.Default.Activity, TeamsJsonContext.Default.ResourceResponse, new ResourceResponse(null), cancellationToken);

    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c>: replaces a message the bot sent (idempotent).</summary>
    public Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, Url(serviceUrl, "v3/conversations", conversationId, "activities", activityId), activity with { Id = activityId },
            TeamsJsonContext.Default.Activity, TeamsJsonContext.Default.ResourceResponse, new ResourceResponse(activityId), cancellationToken);

    public async Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, Url(serviceUrl, "v3/conversations", conversationId, "activities", activityId));
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary><c>POST v3/conversations</c>: opens (or finds) a 1:1 chat with a user for a proactive message.</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, Url(serviceUrl, "v3/conversations"), parameters,
            TeamsJsonContext.Default.ConversationParameters, TeamsJsonContext.Default.ConversationResourceResponse, new ConversationResourceResponse(null, null, null), cancellationToken);

    /// <summary><c>GET v3/conversations/{id}/pagedmembers</c>; for a team roster pass the Bot API team id.</summary>
    public async Task<PagedMembersResult> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            query.Add($"pageSize={size}");
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add($"continuationToken={Uri.EscapeDataString(continuationToken)}");
        }

        var url = Url(serviceUrl, "v3/conversations", conversationId, "pagedmembers");
        var page = await GetAsync(query.Count == 0 ? url : new Uri($"{url}?{string.Join('&', query)}"), TeamsJsonContext.Default.PagedMembersResult, cancellationToken);
        return page with { Members = page.Members ?? [] };
    }

    /// <summary><c>GET v3/teams/{teamId}</c>: among others the team's Graph id (<c>aadGroupId</c>).</summary>
    public Task<TeamDetails> GetTeamDetailsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken) =>
        GetAsync(Url(serviceUrl, "v3/teams", teamId), TeamsJsonContext.Default.TeamDetails, cancellationToken);

    internal static Uri Url(Uri serviceUrl, string root, params string[] segments)
    {
        if (!serviceUrl.IsAbsoluteUri || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The serviceUrl must be an absolute http(s) address.", nameof(serviceUrl));
        }

        var path = string.Concat(segments.Select(s => "/" + Uri.EscapeDataString(s)));
        return new Uri($"{serviceUrl.AbsoluteUri.TrimEnd('/')}/{root}{path}");
    }

    private static Uri ServiceUrl(ConversationReference conversation) =>
        Uri.TryCreate(conversation.ServiceUrl, UriKind.Absolute, out var url) ? url : throw new ArgumentException("The conversation has no serviceUrl.", nameof(conversation));

    private static string ConversationId(ConversationReference conversation) =>
        conversation.Conversation?.Id ?? throw new ArgumentException("The conversation has no id.", nameof(conversation));

    private async Task<TResponse> SendAsync<TBody, TResponse>(HttpMethod method, Uri url, TBody body, JsonTypeInfo<TBody> bodyType,
        JsonTypeInfo<TResponse> responseType, TResponse whenEmpty, CancellationToken cancellationToken)
    {
        // Bytes, not a stream: the retry handler may have to send the same content again after a 429.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyType));
        content.Headers.ContentType = JsonUtf8;
        using var request = new HttpRequestMessage(method, url) { Content = content };
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return bytes.Length == 0 ? whenEmpty : JsonSerializer.Deserialize(bytes, responseType) ?? whenEmpty;
    }

    private async Task<TResponse> GetAsync<TResponse>(Uri url, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return JsonSerializer.Deserialize(bytes, responseType)
            ?? throw new ConnectorException(response.StatusCode, null, $"The connector answered {url.AbsolutePath} with an empty body.");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        string? code = null;
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            code = bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, TeamsJsonContext.Default.ConnectorErrorResponse)?.Error?.Code;
        }
        catch (JsonException)
        {
            // Not the connector's error shape (a proxy's HTML page): the status code is all there is.
        }

        throw new ConnectorException(response.StatusCode, code,
            $"The Bot Connector answered {(int)response.StatusCode} {code ?? response.ReasonPhrase} for {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}.");
    }
}
