using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBot.Extraction.Learning;

/// <summary>One yes/no judgement ("is this a decision?"): weights of named features and the threshold that says yes.</summary>
internal sealed record ItemHead(double Threshold, IReadOnlyDictionary<string, double> Weights)
{
    public double Probability(IReadOnlyList<string> features)
    {
        var z = 0.0;
        foreach (var feature in features)
        {
            if (Weights.TryGetValue(feature, out var weight))
            {
                z += weight;
            }
        }

        return 1 / (1 + Math.Exp(-z));
    }

    public bool Says(IReadOnlyList<string> features) => Probability(features) >= Threshold;
}

/// <summary>
/// The learned judgement of a statement: a decision, an action item, both or neither. Two logistic regressions
/// over <see cref="StatementFeatures"/>, trained on annotated minutes by the <c>train</c> verb and committed as
/// <c>items-model.json</c> (embedded in the bot: no network, no GPU, loaded once).
/// </summary>
internal sealed class ItemModel
{
    public const string ResourceName = "TeamsBot.Extraction.Learning.items-model.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static readonly Lazy<ItemModel> Embedded = new(LoadEmbedded);

    public ItemModel(ItemHead decision, ItemHead action, string trainedOn)
    {
        Decision = decision;
        Action = action;
        TrainedOn = trainedOn;
    }

    public ItemHead Decision { get; }

    public ItemHead Action { get; }

    /// <summary>What the model was trained on, for the bench and the README ("31 documents, 20 organisations").</summary>
    public string TrainedOn { get; }

    /// <summary>The model the bot ships with.</summary>
    public static ItemModel Default => Embedded.Value;

    public static ItemModel Load(Stream stream)
    {
        var file = JsonSerializer.Deserialize<ModelFile>(stream, Json) ?? throw new InvalidDataException("empty item model");
        return new ItemModel(file.Decision.ToHead(), file.Action.ToHead(), file.TrainedOn);
    }

    public static ItemModel LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public void Save(Stream stream) =>
        JsonSerializer.Serialize(stream, new ModelFile(TrainedOn, HeadFile.From(Decision), HeadFile.From(Action)), Json);

    private static ItemModel LoadEmbedded()
    {
        using var stream = typeof(ItemModel).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"the item model {ResourceName} is not embedded");
        return Load(stream);
    }

    private sealed record ModelFile(string TrainedOn, HeadFile Decision, HeadFile Action);

    private sealed record HeadFile(double Threshold, Dictionary<string, double> Weights)
    {
        // Written in a fixed order, so that the same training gives the same file.
        public static HeadFile From(ItemHead head) =>
            new(Math.Round(head.Threshold, 4), head.Weights.OrderBy(w => w.Key, StringComparer.Ordinal)
                .ToDictionary(w => w.Key, w => Math.Round(w.Value, 4), StringComparer.Ordinal));

        public ItemHead ToHead() => new(Threshold, Weights);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Decision.Weights.Count + Action.Weights.Count} weights, {TrainedOn}");
}
