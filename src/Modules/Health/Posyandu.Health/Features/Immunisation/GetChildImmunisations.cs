namespace Posyandu.Health.Features.Immunisation;

/// <summary>
/// A child's immunisation card: the doses given, the state of every scheduled dose today (due, overdue, …), and
/// whether Imunisasi Dasar Lengkap was reached before the first birthday. The read is audited (one child's record).
/// </summary>
public sealed record GetChildImmunisations(Guid ResidentId) : IQuery<GetChildImmunisations.Result>
{
    /// <param name="Complete">Every scheduled dose given.</param>
    public sealed record Result(
        Guid ResidentId, DateOnly BirthDate, DateOnly AsOf, IReadOnlyList<ImmunisationDoseDto> Doses, IReadOnlyList<DoseStatus> Schedule,
        BasicImmunisationStatus BasicImmunisation, bool Complete);

    /// <param name="CompletedOn">The day the last IDL dose was given; null while incomplete.</param>
    /// <param name="CompleteByFirstBirthday">IDL as Kemenkes counts it: complete before 12 months of age.</param>
    public sealed record BasicImmunisationStatus(string Name, bool Complete, DateOnly? CompletedOn, bool CompleteByFirstBirthday, DateOnly Deadline);

    internal sealed class Handler(HealthDbContext db, TimeProvider time) : IRequestHandler<GetChildImmunisations, Result>
    {
        public async Task<Result> Handle(GetChildImmunisations request, CancellationToken cancellationToken)
        {
            var child = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.ResidentId == request.ResidentId, cancellationToken)
                        ?? throw new NotFoundException("Resident");
            var doses = await db.Immunisations.AsNoTracking().Where(d => d.ResidentId == child.ResidentId)
                .OrderBy(d => d.GivenOn).ThenBy(d => d.Antigen).ThenBy(d => d.DoseNumber).ToListAsync(cancellationToken);
            await db.RecordReadAsync("ChildImmunisations", child.ResidentId.ToString(), child.RegionCode, cancellationToken);

            var schedule = ImmunisationSchedule.National;
            var today = time.Today();
            var given = doses.Select(d => new GivenDose(d.Antigen, d.DoseNumber, d.GivenOn)).ToList();
            var statuses = ImmunisationStatus.Of(schedule, child.BirthDate, given, today);
            var completedOn = schedule.Basic.CompletedOn(given);
            var basic = new BasicImmunisationStatus(schedule.Basic.Name, completedOn is not null, completedOn,
                schedule.Basic.CompleteInTime(child.BirthDate, given), schedule.Basic.ByAge.After(child.BirthDate));
            return new Result(child.ResidentId, child.BirthDate, today, [.. doses.Select(ImmunisationDoseDto.From)], statuses, basic, statuses.All(s => s.Status == DoseState.Given));
        }
    }
}

internal static class GetChildImmunisationsEndpoint
{
    public static void MapGetChildImmunisations(this IEndpointRouteBuilder group) =>
        group.MapGet("/children/{residentId:guid}/immunisations", async (Guid residentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetChildImmunisations(residentId), ct)))
            .WithName("GetChildImmunisations")
            .WithSummary("A child's doses, the state of every scheduled dose today, and Imunisasi Dasar Lengkap (the read is audited).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorReaders(Roles.Health, Roles.Dpmd);
}

/// <summary>Who may read immunisation records: like Health's other reads — Dinas Kesehatan, DPMD and kader (all within their scope).</summary>
internal static class ImmunisationReaders
{
    public static readonly string[] Roles = [SharedKernel.Security.Roles.Health, SharedKernel.Security.Roles.Dpmd, SharedKernel.Security.Roles.Kader];
}
