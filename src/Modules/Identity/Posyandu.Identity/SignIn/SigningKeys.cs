using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Posyandu.Identity.SignIn;

/// <summary>
/// The server's signing and encryption keys, kept so that tokens survive a restart: <c>Identity:SigningKey</c> and
/// <c>Identity:EncryptionKey</c> (RSA private keys, PEM) from configuration — required on SQL Server, where several
/// instances must share them — or, on the embedded SQLite default, generated once into the data folder
/// (<c>identity-signing.pem</c>, <c>identity-encryption.pem</c>) beside the databases.
/// </summary>
internal static class SigningKeys
{
    /// <summary>The signature of the server's tokens: RS256 with the RSA signing key.</summary>
    public const string SigningAlgorithm = SecurityAlgorithms.RsaSha256;

    /// <summary>The encryption of the server's tokens: the content key wrapped with RSA-OAEP, the content A256CBC-HS512.</summary>
    public const string KeyWrapAlgorithm = SecurityAlgorithms.RsaOAEP;

    public const string ContentEncryptionAlgorithm = SecurityAlgorithms.Aes256CbcHmacSha512;

    /// <summary>
    /// The only algorithms a token of this server is read with — by the server (codes, refresh tokens, revocation) and
    /// by the API's validation alike (issue 21 item 9): a token's own header never chooses how it is checked, so
    /// <c>alg: none</c>, HS256 with a guessed secret or another RSA scheme on a leaked key are refused, not tried.
    /// </summary>
    public static readonly string[] Algorithms = [SigningAlgorithm, KeyWrapAlgorithm, ContentEncryptionAlgorithm];

    public static void Add(OpenIddictServerOptions server, IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database)
    {
        var signing = Load(configuration, environment, database, "SigningKey", "identity-signing.pem");
        var encryption = Load(configuration, environment, database, "EncryptionKey", "identity-encryption.pem");
        server.SigningCredentials.Add(new SigningCredentials(signing, SigningAlgorithm));
        server.EncryptionCredentials.Add(new EncryptingCredentials(encryption, KeyWrapAlgorithm, ContentEncryptionAlgorithm));
        server.TokenValidationParameters.ValidAlgorithms = Algorithms;
    }

    private static RsaSecurityKey Load(IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database, string key, string file)
    {
        var rsa = RSA.Create();
        if (configuration[$"Identity:{key}"] is { Length: > 0 } pem)
        {
            rsa.ImportFromPem(pem);
            return new RsaSecurityKey(rsa) { KeyId = KeyId(rsa) };
        }

        if (database.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"Identity:{key} (an RSA private key, PEM) must be set outside the embedded SQLite mode.");
        }

        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, database.DataDirectory));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, file);
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            File.WriteAllText(path, rsa.ExportRSAPrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return new RsaSecurityKey(rsa) { KeyId = KeyId(rsa) };
    }

    /// <summary>A stable key id (the public key's hash), so a restart publishes the same JWKS entry.</summary>
    private static string KeyId(RSA rsa) =>
        Convert.ToHexString(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16];
}
