using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Testing;

/// <summary>
/// Mints bearer tokens the way an identity provider would, signed with a test key that the test hosts are given
/// through the same configuration keys <c>dotnet user-jwts</c> writes (Authentication:Schemes:Bearer:…).
/// </summary>
public static class TestTokens
{
    public const string Issuer = "posyandu-tests";
    public const string Audience = "posyandu-tests";

    // 256-bit test-only key; never used outside tests.
    public static readonly string KeyBase64 = Convert.ToBase64String("posyandu-digital-test-signing-key-0123456789"u8.ToArray()[..32]);

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = KeyBase64,
    };

    /// <summary>A village government user (<see cref="Roles.Desa"/>) of one village: its region claim is the village's code.</summary>
    public static string Desa(string user, string village) => Create(user, [Roles.Desa], village);

    public static string Create(string user, IEnumerable<string> roles, string? region = null, Guid? posyandu = null, IEnumerable<string>? sectors = null)
    {
        var claims = new List<Claim> { new("sub", user) };
        claims.AddRange(roles.Select(r => new Claim("role", r)));
        if (region is not null) claims.Add(new Claim(PosyanduClaims.Region, region));
        if (posyandu is not null) claims.Add(new Claim(PosyanduClaims.Posyandu, posyandu.Value.ToString()));
        claims.AddRange((sectors ?? []).Select(s => new Claim(PosyanduClaims.Sector, s)));

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(KeyBase64)), SecurityAlgorithms.HmacSha256),
        });
    }
}
