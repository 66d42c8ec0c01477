using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Privacy;

namespace Posyandu.Host.Hosting;

/// <summary>
/// Personal-data protection around the API (issue 21, UU 27/2022): the per-user rate limit on finding people, the
/// keyed hash for audit lines of look-ups, the JWT signing algorithms pinned, and the start-up checks — outside
/// Development the host refuses to start when the token configuration would leave the API answering 401 to everyone
/// (or accepting what it should not) while <c>/health/ready</c> is green.
/// </summary>
internal static class PrivacySetup
{
    /// <summary>Signatures accepted on external bearer tokens unless <c>Authentication:Schemes:Bearer:ValidAlgorithms</c> says otherwise.</summary>
    private static readonly string[] DefaultAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.HmacSha256];

    private static readonly string[] IdentityKeys = ["Identity:SigningKey", "Identity:EncryptionKey"];

    public static WebApplicationBuilder AddPosyanduPrivacy(this WebApplicationBuilder builder)
    {
        // Not for Development (dotnet run, user-jwts) nor for EF's design-time tools (tools/add-migration.sh builds the
        // host on SQL Server with no keys, to write migrations).
        if (!builder.Environment.IsDevelopment() && !Microsoft.EntityFrameworkCore.EF.IsDesignTime
            && StartupProblems(builder.Configuration) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(
                "The host refuses to start: the authentication configuration is incomplete (README, Signing in / Configuration).\n- "
                + string.Join("\n- ", problems));
        }

        builder.Services.AddPersonLookupLimits(builder.Configuration);
        builder.Services.AddSingleton<LookupHash>();
        var algorithms = builder.Configuration.GetSection("Authentication:Schemes:Bearer:ValidAlgorithms").Get<string[]>() is { Length: > 0 } configured
            ? configured
            : DefaultAlgorithms;
        // Pinned: a token's own header never chooses how it is checked ("none", or HS256 with a public key as secret).
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            jwt.TokenValidationParameters.ValidAlgorithms = algorithms);
        return builder;
    }

    /// <summary>After authentication (the limit is per user), before the endpoints.</summary>
    public static WebApplication UsePosyanduPrivacy(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static bool HasValue(IConfigurationSection section) => !string.IsNullOrEmpty(section.Value);

    /// <summary>What is wrong with the token configuration for a host serving real users (empty: nothing).</summary>
    internal static List<string> StartupProblems(IConfiguration configuration)
    {
        var problems = new List<string>();
        var bearer = configuration.GetSection("Authentication:Schemes:Bearer");
        if (bearer.GetChildren().Any(c => HasValue(c) || c.GetChildren().Any()))
        {
            var authority = bearer["Authority"] ?? bearer["MetadataAddress"];
            var issuers = bearer["ValidIssuer"] is { Length: > 0 } || bearer.GetSection("ValidIssuers").GetChildren().Any(HasValue);
            var keys = bearer.GetSection("SigningKeys").GetChildren().Any(k => !string.IsNullOrEmpty(k["Value"]));
            var audiences = bearer["Audience"] is { Length: > 0 } || bearer["ValidAudience"] is { Length: > 0 }
                            || bearer.GetSection("ValidAudiences").GetChildren().Any(HasValue);
            if (string.IsNullOrEmpty(authority) && !(issuers && keys))
            {
                problems.Add("Authentication:Schemes:Bearer needs an Authority (the identity provider, e.g. a Keycloak realm) or a ValidIssuer with SigningKeys.");
            }

            if (!audiences)
            {
                problems.Add("Authentication:Schemes:Bearer needs ValidAudiences (or Audience): a token meant for another API must not be accepted.");
            }

            if (authority is { Length: > 0 } && !authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(bearer["RequireHttpsMetadata"], "false", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("Authentication:Schemes:Bearer:Authority must be an https:// address (keys fetched over plain HTTP can be replaced in transit).");
            }
        }

        var provider = configuration.GetValue(DatabaseOptions.Section + ":Provider", DatabaseProvider.Sqlite);
        if (provider != DatabaseProvider.Sqlite)
        {
            // The built-in sign-in server's keys: generated into the data folder only in the embedded mode; several
            // instances behind a load balancer must share them.
            foreach (var key in IdentityKeys.Where(k => string.IsNullOrEmpty(configuration[k])))
            {
                problems.Add($"{key} (an RSA private key, PEM) must be set outside the embedded SQLite mode.");
            }
        }

        if (LookupHash.Problem(configuration, provider) is { } hashProblem)
        {
            problems.Add(hashProblem);
        }

        return problems;
    }
}
