using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Time;

namespace Posyandu.SharedKernel.Reports;

/// <summary>
/// The "which region, which month" of every report, read the same way by all modules: the region defaults to the
/// caller's own scope (else the province, 64) and the month to the current one in WITA. A region outside the
/// caller's scope is reported as not found, like any record they may not see.
/// </summary>
public static class RegionMonth
{
    public const string Province = "64";

    /// <summary>
    /// The months a report may be asked for: a series walks back up to 60 months and a trend forward, and must stay
    /// inside what a <see cref="Period"/> holds (<c>period=1900-01</c> walked below year 1900 and answered 500).
    /// </summary>
    public static readonly Period FirstMonth = new(2000, 1);

    public static readonly Period LastMonth = new(2199, 12);

    public static (RegionCode Region, Period Period) Parse(string? region, string? period, ICurrentUser user, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(clock);
        var errors = new Dictionary<string, string[]>();
        var regionText = region ?? (user.Scope.RegionPrefix is { } own && own != "-" ? own : Province);
        if (!RegionCode.TryParse(regionText, out var code, out var regionError))
        {
            errors["region"] = [regionError!];
        }

        var month = Period.Of(clock.Today());
        if (period is not null && !Period.TryParse(period, out month, out var periodError))
        {
            errors["period"] = [periodError!];
        }
        else if (month < FirstMonth || month > LastMonth)
        {
            errors["period"] = [$"Reports cover {FirstMonth} to {LastMonth}."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return user.Scope.CanSeeRegion(code.ToString()) ? (code, month) : throw new NotFoundException($"Region {code}");
    }
}
