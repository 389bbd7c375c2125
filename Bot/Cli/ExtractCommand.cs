using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using TeamsBot.Extraction;
using TeamsBot.Minutes;
using TeamsBot.Samples;

namespace TeamsBot.Cli;

/// <summary><c>extract [file] [--json]</c>: read minutes and print what the bot finds in them.</summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<FileInfo?>("file") { Description = "The minutes (.docx, .pdf, .md, .txt, .html). Without it: the bundled sample minutes.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print the extraction as JSON on stdout (the shape of docs/extraction-contract.md)." };
        var outline = new Option<bool>("--outline") { Description = "Also print the document's outline: its headings, paragraphs, list items and table rows." };
        var nextMeeting = new Option<string?>("--next-meeting") { Description = "The date of the next meeting (YYYY-MM-DD), for due dates such as \"voor de volgende vergadering\"." };
        var command = new Command("extract", "Read a file of minutes and print its meeting header, decisions and action items.") { file, json, outline, nextMeeting };
        command.SetAction(parse =>
        {
            DateOnly? next = null;
            if (parse.GetValue(nextMeeting) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    Console.Error.WriteLine($"--next-meeting: '{text}' is not a date of the form YYYY-MM-DD.");
                    return ExitCodes.BadInput;
                }

                next = parsed;
            }

            MinutesDocument document;
            try
            {
                var path = parse.GetValue(file);
                var reader = new MinutesReader(MinutesReaderOptions.FromConfiguration());
                document = path is null ? SampleMinutes.Read(reader) : reader.ReadFile(path.FullName);
            }
            catch (UnreadableMinutesException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return ExitCodes.BadInput;
            }

            var result = MinutesExtractor.Extract(document, new ExtractionOptions(next));
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(ExtractionJson.From(result).ToJsonString(Indented));
                return 0;
            }

            ExtractionView.Write(AnsiConsole.Console, document, result, parse.GetValue(outline));
            return 0;
        });
        return command;
    }
}
