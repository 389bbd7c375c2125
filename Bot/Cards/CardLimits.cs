namespace TeamsBot.Cards;

/// <summary>
/// How much a card holds. A card lists at most <see cref="ListedItems"/> items and <see cref="ListedDecisions"/>
/// decisions, and fewer when they would take it past <see cref="CardJson.CardBudgetBytes"/>; the rest are counted
/// in one line that says which command lists them all. Long texts are cut with "…" (the full text stays in storage).
/// </summary>
public static class CardLimits
{
    public const int ListedItems = 25;
    public const int ListedDecisions = 15;
    public const int ReviewItemsPerPage = 10;
    public const int RefreshUserIds = 60;
    public const int ItemTextLength = 300;
    public const int DecisionTextLength = 300;
    public const int QuoteLength = 600;
    public const int TitleLength = 120;
    public const int SectionLength = 80;

    /// <summary>The review's "Uit de vorige vergadering": at most this many proposals, each item's text and quote cut short.</summary>
    public const int ReviewFollowups = 15;
    public const int FollowupTextLength = 160;
    public const int FollowupQuoteLength = 280;

    /// <summary>An owner choice in the review's owner box: what its narrow column shows without clipping.</summary>
    public const int OwnerChoiceLength = 32;
}
