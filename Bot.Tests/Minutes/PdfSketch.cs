using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace TeamsBot.Tests.Minutes;

/// <summary>Draws small PDFs with Helvetica for layout tests: text at given points, or wrapped to a width.</summary>
internal sealed class PdfSketch : IDisposable
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder? _page;

    public PdfSketch()
    {
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
    }

    public string? Title
    {
        set => _builder.DocumentInformation.Title = value;
    }

    public PdfSketch NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        return this;
    }

    public PdfSketch Text(double x, double y, string text, double size = 11, bool bold = false)
    {
        _page!.AddText(text, size, new PdfPoint(x, y), bold ? _bold : _regular);
        return this;
    }

    /// <summary>Writes the text wrapped to the width, line under line, and returns the y below the last line.</summary>
    public double Wrapped(double x, double y, double width, string text, double size = 11, double? continuationX = null)
    {
        var line = string.Empty;
        var lineX = x;
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && RightEdge(candidate, lineX, size) > x + width)
            {
                Text(lineX, y, line, size);
                y -= size * 1.2;
                lineX = continuationX ?? x;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        Text(lineX, y, line, size);
        return y - (size * 1.2);
    }

    public byte[] Build() => _builder.Build();

    public void Dispose() => _builder.Dispose();

    private double RightEdge(string text, double x, double size) =>
        _page!.MeasureText(text, size, new PdfPoint(x, 0), _regular)[^1].EndBaseLine.X;
}
