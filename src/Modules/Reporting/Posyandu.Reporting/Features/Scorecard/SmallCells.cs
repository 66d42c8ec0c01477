using Microsoft.Extensions.Configuration;

namespace Posyandu.Reporting.Features.Scorecard;

/// <summary>
/// Small-cell suppression for every caller but DPMD (and admin): a count of 1 to <c>Reporting:SmallCellThreshold</c> − 1
/// (5 by default) in a village or a Posyandu can single out a household (UU 27/2022), so the village government,
/// the OPDs and kader see such a figure withheld — numerator, denominator and value null, <c>suppressed: true</c> —
/// on the scorecard, the series and the ranking alike. DPMD, who coordinates the SPM data, sees the counts; the
/// exports for publication apply the same threshold for everyone (<c>publication=true</c>).
/// </summary>
public sealed class SmallCells(ICurrentUser user, IConfiguration configuration)
{
    /// <summary>The configured threshold; the exports for publication use it too.</summary>
    public int Threshold => configuration.GetValue("Reporting:SmallCellThreshold", 5);

    private bool Exempt => user.IsInRole(Roles.Dpmd) || user.IsInRole(Roles.Admin) || !user.IsAuthenticated;

    public IndicatorValue Apply(IndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Exempt || !(Small(value.Numerator) || Small(value.Denominator))
            ? value
            : value with { Numerator = null, Denominator = null, Value = null, Status = "none", Suppressed = true };
    }

    private bool Small(long? count) => count is > 0 && count < Threshold;
}
