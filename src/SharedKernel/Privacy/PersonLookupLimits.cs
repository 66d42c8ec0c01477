using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Posyandu.SharedKernel.Privacy;

/// <summary>
/// The rate limit on finding people — a look-up by NIK, a search by name, a listing of residents: per user (the
/// token's subject), a fixed window of <c>RateLimits:PersonLookup:PermitLimit</c> requests per
/// <c>RateLimits:PersonLookup:Window</c>, then 429 ProblemDetails with Retry-After. A NIK is district + birth date +
/// a 4-digit serial; unlimited look-ups would confirm a guessed number in minutes (issue 21). ASP.NET Core's own
/// rate limiter (<c>Microsoft.AspNetCore.RateLimiting</c>), declared on an endpoint with
/// <c>.RequireRateLimiting(PersonLookupLimits.Policy)</c>.
/// </summary>
public static class PersonLookupLimits
{
    public const string Policy = "person-lookup";

    public const string Section = "RateLimits:PersonLookup";

    public sealed class Options
    {
        /// <summary>Requests per window and user.</summary>
        public int PermitLimit { get; set; } = 60;

        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
    }

    public static IServiceCollection AddPersonLookupLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<Options>() ?? new Options();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? http.User.FindFirst("sub")?.Value
                ?? "anonymous:" + http.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, options.PermitLimit), Window = options.Window, QueueLimit = 0 }));
            limiter.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : (int)options.Window.TotalSeconds;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many look-ups of people.",
                        Detail = $"At most {options.PermitLimit} look-ups, searches or listings of residents per {options.Window} and user; try again in {seconds} s.",
                    },
                }).ConfigureAwait(false);
            };
        });
        return services;
    }
}
