using System.CommandLine;
using TeamsBot.Minutes;

namespace TeamsBot;

/// <summary><c>extract [file] [--json]</c>: read minutes and print what the bot finds in them.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("file") { Description = "The minutes (.docx, .pdf, .md, .txt, .html). Without it: the bundled sample minutes.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print machine-readable JSON on stdout." };
        var command = new Command("extract", "Read a file of minutes and print its meeting header, decisions and action items.") { file, json };
        command.SetAction(parse =>
        {
            var reader = new MinutesReader();
            try
            {
                var path = parse.GetValue(file);
                var document = path is null ? SampleMinutes.Read(reader) : reader.ReadFile(path.FullName);
                foreach (var block in document.Blocks)
                {
                    Console.Out.WriteLine($"{block.Kind} {block.Level} {block.Text}");
                }

                return 0;
            }
            catch (UnreadableMinutesException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return Cli.BadInput;
            }
        });
        return command;
    }
}
