namespace Posyandu.Health.Features.Immunisation;

/// <summary>
/// Dinas Kesehatan's monthly immunisation report for a region, per Posyandu: the living children who reach 12 months
/// in the month and how many of them were Imunisasi Dasar Lengkap by then (IDL coverage), and the doses given in the
/// month per antigen. Counts only; the caller's region scope applies (a region outside it is not found).
/// </summary>
public sealed record GetImmunisationReport(string? Region, string? Period) : IQuery<GetImmunisationReport.Result>
{
    public sealed record Result(string Region, string Period, Counts Total, IReadOnlyList<PosyanduCounts> Posyandu);

    public sealed record PosyanduCounts(Guid PosyanduId, string RegionCode, Counts Counts);

    /// <param name="ChildrenTurningOne">Children of the Posyandu (where they live now) whose first birthday falls in the month.</param>
    /// <param name="BasicImmunisationComplete">Of them, IDL complete before that birthday.</param>
    /// <param name="DosesByAntigen">Doses given in the month, by antigen code.</param>
    /// <remarks>
    /// Below DPMD of the province a count of 1–4 is null, with its complements (<see cref="SmallCellPolicy"/>): one child
    /// turning one without IDL in a Posyandu is a child the village can name.
    /// </remarks>
    public sealed record Counts(int? ChildrenTurningOne, int? BasicImmunisationComplete, IReadOnlyDictionary<string, int?> DosesByAntigen);

    private static readonly SmallCellColumns<PosyanduCounts> Columns = new SmallCellColumns<PosyanduCounts>()
        .Count(p => p.Counts.ChildrenTurningOne, (p, v) => p with { Counts = p.Counts with { ChildrenTurningOne = v } })
        .Count(p => p.Counts.BasicImmunisationComplete, (p, v) => p with { Counts = p.Counts with { BasicImmunisationComplete = v } })
        .CountsPerCode(p => p.Counts.DosesByAntigen, (p, v) => p with { Counts = p.Counts with { DosesByAntigen = v } });

    internal sealed class Handler(HealthDbContext db, ICurrentUser user, SmallCellPolicy smallCells) : IRequestHandler<GetImmunisationReport, Result>
    {
        public async Task<Result> Handle(GetImmunisationReport request, CancellationToken cancellationToken)
        {
            var (region, period) = Parse(request);
            if (!user.Scope.CanSeeRegion(region.ToString()))
            {
                throw new NotFoundException($"Region {region}");
            }

            var schedule = ImmunisationSchedule.National;
            var prefix = region.ToString();
            var byAge = schedule.Basic.ByAge;
            // Born in the month a year before (±: 31 Jan + 12 months is 31 Jan, 29 Feb + 12 months is 28 Feb).
            var bornFrom = period.FirstDay.AddMonths(-byAge.Months).AddDays(-7);
            var bornTo = period.LastDay.AddMonths(-byAge.Months).AddDays(7);
            var candidates = await db.Residents.AsNoTracking()
                .Where(r => r.RegionCode.StartsWith(prefix) && r.Alive && r.BirthDate >= bornFrom && r.BirthDate <= bornTo)
                .Select(r => new { r.ResidentId, r.PosyanduId, r.RegionCode, r.BirthDate }).ToListAsync(cancellationToken);
            var turningOne = candidates.Where(c => period.Contains(byAge.After(c.BirthDate))).ToList();
            var ids = turningOne.Select(c => c.ResidentId).ToList();
            var history = (await db.Immunisations.AsNoTracking().Where(d => ids.Contains(d.ResidentId))
                    .Select(d => new { d.ResidentId, d.Antigen, d.DoseNumber, d.GivenOn }).ToListAsync(cancellationToken))
                .ToLookup(d => d.ResidentId, d => new GivenDose(d.Antigen, d.DoseNumber, d.GivenOn));

            var (first, last) = (period.FirstDay, period.LastDay);
            var doses = await db.Immunisations.AsNoTracking()
                .Where(d => d.RegionCode.StartsWith(prefix) && d.GivenOn >= first && d.GivenOn <= last)
                .GroupBy(d => new { d.PosyanduId, d.RegionCode, d.Antigen })
                .Select(g => new { g.Key.PosyanduId, g.Key.RegionCode, g.Key.Antigen, Count = g.Count() }).ToListAsync(cancellationToken);

            var children = turningOne.Select(c => (c.PosyanduId, c.RegionCode, Idl: schedule.Basic.CompleteInTime(c.BirthDate, history[c.ResidentId])))
                .ToList();
            var posyandu = children.Select(c => (c.PosyanduId, c.RegionCode)).Concat(doses.Select(d => (d.PosyanduId, d.RegionCode))).Distinct()
                .OrderBy(p => p.RegionCode, StringComparer.Ordinal).ThenBy(p => p.PosyanduId)
                .Select(p => new PosyanduCounts(p.PosyanduId, p.RegionCode, Count(
                    children.Where(c => c.PosyanduId == p.PosyanduId && c.RegionCode == p.RegionCode).Select(c => c.Idl),
                    doses.Where(d => d.PosyanduId == p.PosyanduId && d.RegionCode == p.RegionCode).Select(d => (d.Antigen, d.Count)), schedule)))
                .ToList();
            var (total, shown) = smallCells.Suppress(
                new PosyanduCounts(Guid.Empty, prefix, Count(children.Select(c => c.Idl), doses.Select(d => (d.Antigen, d.Count)), schedule)), posyandu, Columns);
            return new Result(prefix, period.ToString(), total.Counts, shown);
        }

        private static Counts Count(IEnumerable<bool> idl, IEnumerable<(string Antigen, int Count)> doses, ImmunisationSchedule schedule)
        {
            var flags = idl.ToList();
            var byAntigen = schedule.AntigenNames.Keys.ToDictionary(a => a, _ => (int?)0, StringComparer.Ordinal);
            foreach (var (antigen, count) in doses)
            {
                byAntigen[antigen] = byAntigen.GetValueOrDefault(antigen) + count;
            }

            return new Counts(flags.Count, flags.Count(f => f), byAntigen);
        }

        private static (RegionCode Region, Period Period) Parse(GetImmunisationReport request)
        {
            var errors = new Dictionary<string, string[]>();
            if (!RegionCode.TryParse(request.Region, out var region, out var regionError))
            {
                errors["region"] = [regionError ?? "region is required, e.g. 64.02."];
            }

            if (!SharedKernel.Domain.Period.TryParse(request.Period, out var period, out var periodError))
            {
                errors["period"] = [periodError ?? "period is required as yyyy-MM."];
            }

            return errors.Count > 0 ? throw new RequestValidationException(errors) : (region, period);
        }
    }
}

internal static class GetImmunisationReportEndpoint
{
    public static void MapGetImmunisationReport(this IEndpointRouteBuilder group) =>
        group.MapGet("/reports/immunisation", async (string? region, string? period, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetImmunisationReport(region, period), ct)))
            .WithName("GetImmunisationReport")
            .WithSummary("Per Posyandu in a region and month: children turning one and of them IDL complete; doses given per antigen.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(ImmunisationReaders.Roles);
}
