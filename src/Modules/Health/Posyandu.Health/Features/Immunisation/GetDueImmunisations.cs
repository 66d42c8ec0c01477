using System.Globalization;

namespace Posyandu.Health.Features.Immunisation;

/// <summary>
/// The kader's worklist for a Posyandu day: the Posyandu's living under-fives with a dose due or overdue on that date.
/// Names are shown because the kader calls the children by name; never a NIK. Audited as one line naming every child listed.
/// </summary>
public sealed record GetDueImmunisations(Guid PosyanduId, string? Date) : IQuery<IReadOnlyList<GetDueImmunisations.Child>>
{
    public sealed record Child(Guid ResidentId, string Name, DateOnly BirthDate, int AgeMonths, IReadOnlyList<DoseStatus> Doses);

    internal sealed class Handler(HealthDbContext db) : IRequestHandler<GetDueImmunisations, IReadOnlyList<Child>>
    {
        public async Task<IReadOnlyList<Child>> Handle(GetDueImmunisations request, CancellationToken cancellationToken)
        {
            if (!DateOnly.TryParseExact(request.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw RequestValidationException.For("date", "date is required as yyyy-MM-dd, e.g. 2026-12-10.");
            }

            var children = await ChildrenWithDoses.LoadAsync(
                db, db.Residents.Where(r => r.PosyanduId == request.PosyanduId), day, s => s.Status is DoseState.Due or DoseState.Overdue, cancellationToken);
            await db.RecordListReadAsync("ChildImmunisations", children.Select(c => c.ResidentId), null, cancellationToken);
            return children.Select(c => new Child(c.ResidentId, c.Name, c.BirthDate, c.AgeMonths, c.Doses)).ToList();
        }
    }
}

internal static class GetDueImmunisationsEndpoint
{
    public static void MapGetDueImmunisations(this IEndpointRouteBuilder group) =>
        group.MapGet("/posyandu/{posyanduId:guid}/immunisations/due", async (Guid posyanduId, string? date, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDueImmunisations(posyanduId, date), ct)))
            .WithName("GetDueImmunisations")
            .WithSummary("The Posyandu's children with an immunisation due or overdue on a date (yyyy-MM-dd): the kader's worklist.")
            .ProducesValidationProblem()
            .RequireSectorReaders(Roles.Health, Roles.Dpmd);
}
