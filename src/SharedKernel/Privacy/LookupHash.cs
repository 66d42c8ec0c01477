using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.Privacy;

/// <summary>
/// A keyed hash (HMAC-SHA256) of a number someone looked up and did not find, for the audit trail: the trail must say
/// what was asked (an investigator with the key can check "did this account probe NIK x?") without holding the NIK
/// itself (UU 27/2022). The key is <c>Privacy:LookupHashKey</c> (base64, at least 32 bytes), the same on every
/// instance; on the embedded SQLite default it is generated once into the data folder.
/// </summary>
public sealed class LookupHash
{
    public const string KeySetting = "Privacy:LookupHashKey";

    private const string KeyFile = "lookup-hash.key";

    private readonly byte[] _key;

    public LookupHash(IConfiguration configuration, IHostEnvironment environment, IOptions<DatabaseOptions> database)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(database);
        _key = Load(configuration, environment, database.Value);
    }

    /// <summary>"hmac:" and the first 32 hex digits of the keyed hash.</summary>
    public string Of(string value) =>
        "hmac:" + Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(value ?? "")))[..32];

    /// <summary>Why the configured key is unusable, or null (checked at start-up).</summary>
    public static string? Problem(IConfiguration configuration, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[KeySetting];
        if (string.IsNullOrEmpty(text))
        {
            return provider == DatabaseProvider.Sqlite ? null : $"{KeySetting} (base64, at least 32 bytes, the same on every instance) must be set outside the embedded SQLite mode.";
        }

        Span<byte> buffer = stackalloc byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var length) && length >= 32 ? null : $"{KeySetting} must be base64 of at least 32 bytes.";
    }

    private static byte[] Load(IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database)
    {
        if (Problem(configuration, database.Provider) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        if (configuration[KeySetting] is { Length: > 0 } configured)
        {
            return Convert.FromBase64String(configured);
        }

        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, database.DataDirectory));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, KeyFile);
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
