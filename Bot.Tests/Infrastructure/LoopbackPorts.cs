using System.Net;
using System.Net.Sockets;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>Ports for the processes a test starts on loopback.</summary>
internal static class LoopbackPorts
{
    /// <summary>A port free on 127.0.0.1 at this moment (the OS picks it; the listener is closed at once).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
