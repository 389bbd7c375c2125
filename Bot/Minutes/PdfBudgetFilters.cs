using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace TeamsBot.Minutes;

/// <summary>
/// PdfPig's own filters, each under the document's <see cref="DocumentBudget"/>. PdfPig decodes every stream it reads
/// (page content, fonts, object streams, cross-reference streams, those of incremental updates too) through the filter
/// provider it is given, so this is the one place that sees all of them. The expanding filters (Flate, LZW, run length)
/// first count what a stream would decode to, without keeping it, and the budget refuses the document before PdfPig
/// allocates any of it; the others (ASCII, images) cannot expand much and are charged after decoding.
/// </summary>
internal sealed class PdfBudgetFilters(DocumentBudget budget) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private IFilter[] Wrap(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => (IFilter)new Budgeted(f, budget))];

    private sealed class Budgeted(IFilter inner, DocumentBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            var counted = inner switch
            {
                FlateFilter => PdfDecodedLength.Flate(input, budget.StreamAllowance),
                LzwFilter => PdfDecodedLength.Lzw(input.Span, EarlyChange(streamDictionary, filterIndex), budget.StreamAllowance),
                RunLengthFilter => PdfDecodedLength.RunLength(input.Span, budget.StreamAllowance),
                _ => (long?)null,
            };
            if (counted is { } length)
            {
                budget.ChargeStream(length);
                return inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            }

            budget.ThrowIfRefused();
            var decoded = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.ChargeStream(decoded.Length);
            return decoded;
        }

        /// <summary>LZW's /EarlyChange (default 1) from the stream's /DecodeParms, one dictionary or one per filter.</summary>
        private static int EarlyChange(DictionaryToken dictionary, int filterIndex)
        {
            dictionary.TryGet(NameToken.DecodeParms, out var parameters);
            if (parameters is ArrayToken array)
            {
                parameters = filterIndex < array.Length ? array[filterIndex] : null;
            }

            return parameters is DictionaryToken decodeParameters
                && decodeParameters.TryGet(NameToken.Create("EarlyChange"), out var value) && value is NumericToken { Int: 0 } ? 0 : 1;
        }
    }
}
