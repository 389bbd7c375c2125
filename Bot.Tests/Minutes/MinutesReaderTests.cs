using System.Text;
using TeamsBot.Minutes;

namespace TeamsBot.Tests.Minutes;

public sealed class MinutesReaderTests
{
    private readonly MinutesReader _reader = new();

    [Fact]
    public void Read_EmptyFile_IsRefusedAsEmpty()
    {
        var error = Assert.Throws<UnreadableMinutesException>(() => _reader.Read([], "notulen.docx"));

        Assert.Equal(UnreadableReason.Empty, error.Reason);
        Assert.Equal("notulen.docx: the file is empty.", error.Message);
    }

    [Fact]
    public void Read_WhitespaceOnlyMarkdown_IsRefusedAsEmpty()
    {
        var error = Assert.Throws<UnreadableMinutesException>(() => _reader.Read(Encoding.UTF8.GetBytes("  \n\n \t\n"), "leeg.md"));

        Assert.Equal(UnreadableReason.Empty, error.Reason);
    }

    [Theory]
    [InlineData("agenda.xlsx")]
    [InlineData("foto.png")]
    [InlineData("notulen")]
    public void Read_UnsupportedType_SaysWhichTypesAreRead(string fileName)
    {
        var error = Assert.Throws<UnreadableMinutesException>(() => _reader.Read(Encoding.UTF8.GetBytes("some text"), fileName));

        Assert.Equal(UnreadableReason.Unsupported, error.Reason);
        Assert.Contains(".docx, .pdf, .md, .txt or .html", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_IsRefusedWithoutReadingIt()
    {
        var reader = new MinutesReader(new MinutesReaderOptions { MaxFileBytes = 1024 });

        var error = Assert.Throws<UnreadableMinutesException>(() => reader.Read(new byte[2048], "groot.md"));

        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
    }

    [Fact]
    public async Task ReadAsync_StreamOverTheSizeLimit_StopsReadingAtTheLimit()
    {
        var reader = new MinutesReader(new MinutesReaderOptions { MaxFileBytes = 100_000 });
        using var endless = new EndlessStream();

        var error = await Assert.ThrowsAsync<UnreadableMinutesException>(() => reader.ReadAsync(endless, "stream.md", CancellationToken.None));

        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
        Assert.True(endless.Position < 200_000, $"read {endless.Position} bytes");
    }

    [Fact]
    public void Read_OldWordBinary_AsksForDocxOrPdf()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var error = Assert.Throws<UnreadableMinutesException>(() => _reader.Read(ole, "notulen.doc"));

        Assert.Equal(UnreadableReason.Unsupported, error.Reason);
        Assert.Contains(".docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextNamedDocx_IsDamaged()
    {
        var error = Assert.Throws<UnreadableMinutesException>(() => _reader.Read(Encoding.UTF8.GetBytes("not a zip"), "notulen.docx"));

        Assert.Equal(UnreadableReason.Damaged, error.Reason);
    }

    [Fact]
    public void Read_BinaryBytesNamedMarkdown_IsNotText()
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);

        var error = Assert.Throws<UnreadableMinutesException>(() => _reader.Read(bytes, "notulen.md"));

        Assert.Equal(UnreadableReason.Unsupported, error.Reason);
    }

    private sealed class EndlessStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            _position += count;
            return count;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
