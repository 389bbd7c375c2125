using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TeamsBot.Extraction;
using TeamsBot.Extraction.Learning;
using TeamsBot.Minutes;

namespace TeamsBot.Cli;

/// <summary>
/// <c>train &lt;annotated minutes&gt;</c>: rebuild the learned judgement of statements (items-model.json) from annotated
/// minutes, reproducibly; with <c>--held-out</c> also write, per document, what a model trained without that
/// document's organisation extracts, for the evaluation script.
/// </summary>
internal static class TrainCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("annotations") { Description = "A folder of minutes with their <id>.json annotations (../shared/minutes/dev)." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => new FileInfo(Path.Combine("Bot", "Extraction", "Learning", "items-model.json")) };
        var heldOut = new Option<DirectoryInfo?>("--held-out") { Description = "Also write <id>.json extractions made by models trained without each document's organisation." };
        var explain = new Option<bool>("--explain") { Description = "With --held-out: also write <id>.statements.tsv, each statement the learned judgement decides with the held-out model's probabilities and its strongest features." };
        var command = new Command("train", "Train the learned judgement (decision / action item / neither) from annotated minutes.") { folder, output, heldOut, explain };
        command.SetAction(parse =>
        {
            var source = parse.GetValue(folder)!;
            if (!source.Exists)
            {
                Console.Error.WriteLine($"{source.FullName}: no such folder.");
                return ExitCodes.BadInput;
            }

            var clock = Stopwatch.StartNew();
            var corpus = ItemModelTrainer.LoadCorpus(source.FullName, new MinutesReader(MinutesReaderOptions.FromConfiguration()));
            if (corpus.Count == 0)
            {
                Console.Error.WriteLine($"{source.FullName}: no annotated minutes (<id>.json beside <id>.md, .html, ...).");
                return ExitCodes.BadInput;
            }

            var (model, report) = ItemModelTrainer.Train(corpus);
            var path = parse.GetValue(output)!;
            using (var stream = File.Create(path.FullName))
            {
                model.Save(stream);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trained on {report.Documents} documents of {report.Organizations} organisations, {report.Statements} statements, in {clock.Elapsed.TotalSeconds:0.0} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"held-out statements (each organisation left out): decisions P={report.HeldOutDecisions.Precision:0.00} R={report.HeldOutDecisions.Recall:0.00} F1={report.HeldOutDecisions.F1:0.00} at {report.DecisionThreshold:0.000}; actions P={report.HeldOutActions.Precision:0.00} R={report.HeldOutActions.Recall:0.00} F1={report.HeldOutActions.F1:0.00} at {report.ActionThreshold:0.000}"));
            Console.WriteLine($"wrote {path.FullName} ({model}, {path.Length / 1024} KB)");

            if (parse.GetValue(heldOut) is { } predictions)
            {
                predictions.Create();
                foreach (var minutes in corpus)
                {
                    var result = MinutesExtractor.Extract(minutes.Document, new ExtractionOptions { Model = report.Without[minutes.Organization] });
                    File.WriteAllText(Path.Combine(predictions.FullName, minutes.Id + ".json"), ExtractionJson.From(result).ToJsonString(Indented));
                    if (parse.GetValue(explain))
                    {
                        File.WriteAllLines(Path.Combine(predictions.FullName, minutes.Id + ".statements.tsv"), ItemModelTrainer.Explain(minutes, report.Without[minutes.Organization]));
                    }
                }

                Console.WriteLine($"wrote the held-out extractions to {predictions.FullName}");
            }

            return 0;
        });
        return command;
    }
}
