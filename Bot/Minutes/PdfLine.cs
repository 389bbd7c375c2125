namespace TeamsBot.Minutes;

/// <summary>Where on a page a line sits: across the page, or in the left or right of two columns.</summary>
internal enum PdfRegion { Full, Left, Right }

/// <summary>One word of a PDF line, with its horizontal extent in points.</summary>
internal sealed record PdfWord(string Text, double Left, double Right);

/// <summary>
/// One visual line of a PDF page, in reading order. <see cref="RegionLeft"/> and <see cref="RegionRight"/>
/// are the text edges of the column the line is in, which the block builder needs to tell an indent
/// from a margin and a wrapped line from a deliberate line break.
/// </summary>
internal sealed record PdfLine
{
    public required int Page { get; init; }

    public required int Number { get; init; }

    public required IReadOnlyList<PdfWord> Words { get; init; }

    public required double Baseline { get; init; }

    public required double FontSize { get; init; }

    public required bool Bold { get; init; }

    public required PdfRegion Region { get; init; }

    /// <summary>The texts of the runs of the line that wide gaps separate, when there is more than one.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    public double RegionLeft { get; init; }

    public double RegionRight { get; init; }

    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;

    /// <summary>The words joined by single spaces.</summary>
    public required string Text { get; init; }
}

/// <summary>
/// A run of words on one baseline with no wide gap inside: a line of one column, or one cell of a row.
/// </summary>
internal sealed record PdfSegment(IReadOnlyList<PdfWord> Words, double Baseline, double FontSize, int Chars, int BoldChars)
{
    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;
}
