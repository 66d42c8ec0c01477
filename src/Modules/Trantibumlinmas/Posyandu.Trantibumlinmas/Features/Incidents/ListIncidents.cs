namespace Posyandu.Trantibumlinmas.Features.Incidents;

/// <summary>
/// The incidents the caller may see, newest first — the OPD's worklist and the village's register: type, place, time,
/// state; filter by region prefix, type, group, status and month. Never the reporter.
/// </summary>
public sealed record ListIncidents(string? Region, string? Type, string? Group, IncidentStatus? Status, string? Period, int Skip, int Take)
    : IQuery<IReadOnlyList<IncidentSummary>>
{
    public const int MaxTake = 500;

    internal sealed class Validator : AbstractValidator<ListIncidents>
    {
        public Validator()
        {
            RuleFor(v => v.Region).Must(r => r is null || RegionCode.TryParse(r, out _, out _)).WithMessage("region is a Kemendagri code prefix (64, 64.02, 64.02.01, 64.02.01.2001).");
            RuleFor(v => v.Type).MaximumLength(40);
            RuleFor(v => v.Group).MaximumLength(20);
            RuleFor(v => v.Period).Must(p => p is null || (SharedKernel.Domain.Period.TryParse(p, out var m, out _) && m >= new SharedKernel.Domain.Period(1900, 1) && m <= new SharedKernel.Domain.Period(2199, 12)))
                .WithMessage("period is a month, yyyy-MM.");
            RuleFor(v => v.Skip).GreaterThanOrEqualTo(0);
            RuleFor(v => v.Take).InclusiveBetween(1, MaxTake);
        }
    }

    internal sealed class Handler(TrantibumlinmasDbContext db, TimeProvider time) : IRequestHandler<ListIncidents, IReadOnlyList<IncidentSummary>>
    {
        public async Task<IReadOnlyList<IncidentSummary>> Handle(ListIncidents request, CancellationToken cancellationToken)
        {
            var incidents = db.Incidents.AsNoTracking();
            if (request.Region is { } region)
            {
                var code = RegionCode.Parse(region).ToString();
                incidents = incidents.Where(i => i.RegionCode.StartsWith(code));
            }

            if (request.Type is { } type) incidents = incidents.Where(i => i.Type == type);
            if (request.Group is { } group) incidents = incidents.Where(i => i.Group == group);
            if (request.Status is { } status) incidents = incidents.Where(i => i.Status == status);
            if (request.Period is { } period)
            {
                var month = SharedKernel.Domain.Period.Parse(period);
                var (from, until) = (time.StartOfLocalDay(month.FirstDay), time.StartOfLocalDay(month.LastDay.AddDays(1)));
                incidents = incidents.Where(i => i.OccurredAt >= from && i.OccurredAt < until);
            }

            return await incidents.OrderByDescending(i => i.OccurredAt).Skip(request.Skip).Take(request.Take)
                .Select(i => new IncidentSummary(i.Id, i.Type, i.Group, i.Sensitive, i.Status, i.PosyanduId, i.RegionCode, i.OccurredAt,
                    i.Latitude, i.Longitude, i.HandledAt, i.EscalatedTo))
                .ToListAsync(cancellationToken);
        }
    }
}

internal static class ListIncidentsEndpoint
{
    public static void MapListIncidents(this IEndpointRouteBuilder group) =>
        group.MapGet("/incidents", async (string? region, string? type, string? group, string? status, string? period, int? skip, int? take, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListIncidents(region, type, group, Fields.Enum<IncidentStatus>(status, "status"), period, skip ?? 0, take ?? 50), ct)))
            .WithName("ListIncidents")
            .WithSummary("Incidents visible to the caller, newest first (type, group, place, time, state); filter by region, type, group, status, period. No reporter.")
            .ProducesValidationProblem()
            .RequireSectorReaders(Roles.Trantibumlinmas, Roles.Dpmd, Roles.Desa);
}
