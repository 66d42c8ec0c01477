using System.Text.RegularExpressions;
using Posyandu.Testing;

namespace Posyandu.Identity.Tests;

/// <summary>Starts a host while capturing what it prints to the console (the first administrator's one-time password).</summary>
internal static partial class ConsoleCapture
{
    public static async Task<(TestHost Host, string Console)> StartAsync(string? dataDirectory = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            var host = await TestHost.StartAsync(realSocket: true, dataDirectory: dataDirectory, settings: settings, firstStart: true);
            return (host, captured.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    public static string? AdminPassword(string console) =>
        AdminPasswordLine().Match(console) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex(@"kata sandi\s*:\s*(\S+)")]
    private static partial Regex AdminPasswordLine();
}
