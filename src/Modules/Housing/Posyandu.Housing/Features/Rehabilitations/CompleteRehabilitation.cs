using Posyandu.Housing.Features.Spm;

namespace Posyandu.Housing.Features.Rehabilitations;

/// <summary>
/// Completes a rehabilitation with its final cost: from the completion day the house no longer counts as RTLH
/// (a re-assessment may follow). Publishes <see cref="RehabilitationCompleted"/>.
/// </summary>
public sealed record CompleteRehabilitation(Guid RehabilitationId, DateOnly CompletedOn, long? FinalCostRupiah, DateOnly Today) : ICommand<Rehabilitation>
{
    public sealed record Body(DateOnly CompletedOn, long? FinalCostRupiah);

    internal sealed class Validator : AbstractValidator<CompleteRehabilitation>
    {
        public Validator()
        {
            RuleFor(v => v.CompletedOn).NotEqual(default(DateOnly)).WithMessage("completedOn is required.");
            RuleFor(v => v.CompletedOn).Must((v, day) => day <= v.Today).WithMessage("completedOn cannot be in the future.");
            RuleFor(v => v.FinalCostRupiah).NotNull().WithMessage("finalCostRupiah is required (whole rupiah).")
                .InclusiveBetween(1, Rehabilitation.MaxRupiah).WithMessage($"finalCostRupiah is 1–{Rehabilitation.MaxRupiah:N0} rupiah.");
        }
    }

    internal sealed class Handler(HousingDbContext db) : IRequestHandler<CompleteRehabilitation, Rehabilitation>
    {
        public async Task<Rehabilitation> Handle(CompleteRehabilitation request, CancellationToken cancellationToken)
        {
            var works = await db.Rehabilitations.SingleOrDefaultAsync(r => r.Id == request.RehabilitationId, cancellationToken)
                        ?? throw new NotFoundException("Rehabilitation");
            works.Complete(request.CompletedOn, request.FinalCostRupiah!.Value);
            db.Publish(new RehabilitationCompleted(
                works.Id, works.HouseholdId, works.PosyanduId, works.RegionCode, works.StartedOn, request.CompletedOn, works.Programme.ToApi(),
                request.FinalCostRupiah.Value, Period.Of(request.CompletedOn).ToString()));
            await db.ReportHouseAsync(works.HouseholdId, cancellationToken);
            return works;
        }
    }
}

internal static class CompleteRehabilitationEndpoint
{
    public static void MapCompleteRehabilitation(this IEndpointRouteBuilder group) =>
        group.MapPost("/rehabilitations/{id:guid}/complete",
                async (Guid id, CompleteRehabilitation.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(RehabilitationDto.From(await mediator.Send(new CompleteRehabilitation(id, body.CompletedOn, body.FinalCostRupiah, time.Today()), ct))))
            .WithName("CompleteRehabilitation")
            .WithSummary("Complete a rehabilitation with its final cost: the house counts as no longer RTLH from that day.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Housing);
}
