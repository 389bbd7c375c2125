using CsCheck;
using TeamsBot.Minutes;

namespace TeamsBot.Tests.Minutes;

/// <summary>
/// Generated damage to real minutes of every format: truncated, bit-flipped and random files must end in a
/// document or a clear refusal (<see cref="UnreadableMinutesException"/>), never another exception or a hang.
/// </summary>
public sealed class ReaderRobustnessTests
{
    // A hang guard only: a healthy read of these files takes milliseconds.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Originals => new("Minutes/nl-00.docx", "Minutes/nl-00.pdf", "Minutes/nl-00.md", "Minutes/en-01.docx", "Minutes/en-01.pdf", "Html/outlook-nl.htm", "Text/notulen-nl.txt");

    [Theory]
    [MemberData(nameof(Originals))]
    public void Read_TruncatedFile_GivesDocumentOrClearRefusal(string original)
    {
        var bytes = File.ReadAllBytes(TestDocuments.Fixture(original.Split('/')));

        Gen.Int[0, bytes.Length - 1].Sample(length => ReadsOrRefuses(bytes.AsSpan(0, length).ToArray(), original), iter: 60, threads: 1);
    }

    [Theory]
    [MemberData(nameof(Originals))]
    public void Read_BitFlippedFile_GivesDocumentOrClearRefusal(string original)
    {
        var bytes = File.ReadAllBytes(TestDocuments.Fixture(original.Split('/')));
        var flips = Gen.Int[0, bytes.Length * 8 - 1].Array[1, 40];

        flips.Sample(positions =>
        {
            var damaged = (byte[])bytes.Clone();
            foreach (var bit in positions)
            {
                damaged[bit / 8] ^= (byte)(1 << (bit % 8));
            }

            ReadsOrRefuses(damaged, original);
        }, iter: 60, threads: 1);
    }

    [Theory]
    [InlineData("notulen.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    [InlineData("notulen.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 })]
    [InlineData("notulen.md", new byte[] { })]
    [InlineData("notulen.html", new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E })]
    [InlineData("notulen.txt", new byte[] { 0xEF, 0xBB, 0xBF })]
    public void Read_RandomBytesBehindARealHeader_GivesDocumentOrClearRefusal(string fileName, byte[] header)
    {
        Gen.Byte.Array[0, 20_000].Sample(tail => ReadsOrRefuses([.. header, .. tail], fileName), iter: 60, threads: 1);
    }

    private static void ReadsOrRefuses(byte[] content, string fileName)
    {
        var read = Task.Run(() =>
        {
            try
            {
                var document = new MinutesReader().Read(content, Path.GetFileName(fileName));
                Assert.All(document.Blocks, b => Assert.False(string.IsNullOrWhiteSpace(b.Text)));
            }
            catch (UnreadableMinutesException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
                Assert.DoesNotContain(" at ", ex.Message, StringComparison.Ordinal);
            }
        });
        Assert.True(read.Wait(HangGuard), $"Reading a damaged {fileName} of {content.Length} bytes did not end.");
    }
}
