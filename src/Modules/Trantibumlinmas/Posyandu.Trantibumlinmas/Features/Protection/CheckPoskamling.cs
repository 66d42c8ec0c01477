using Posyandu.Trantibumlinmas.Features.Spm;

namespace Posyandu.Trantibumlinmas.Features.Protection;

/// <summary>Records a check of a poskamling: its status on a day (a check dated before the latest only fills in the history).</summary>
public sealed record CheckPoskamling(Guid Id, CheckPoskamling.Body Check) : ICommand<PoskamlingDto>
{
    public sealed record Body(DateOnly? CheckedOn, PoskamlingStatus? Status, string? Note);

    internal sealed class Validator : AbstractValidator<CheckPoskamling>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Check.CheckedOn).NotNull().WithMessage("checkedOn is required.").MustBePastDay(time).OverridePropertyName("checkedOn");
            RuleFor(v => v.Check.Status).NotNull().WithMessage(ApiNames.OneOf<PoskamlingStatus>("status")).OverridePropertyName("status");
            RuleFor(v => v.Check.Note).MaximumLength(500).OverridePropertyName("note");
        }
    }

    internal sealed class Handler(TrantibumlinmasDbContext db) : IRequestHandler<CheckPoskamling, PoskamlingDto>
    {
        public async Task<PoskamlingDto> Handle(CheckPoskamling request, CancellationToken cancellationToken)
        {
            var post = await db.Poskamling.SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Poskamling");
            var c = request.Check;
            db.PoskamlingChecks.Add(new PoskamlingCheck
            {
                Id = Guid.CreateVersion7(), PoskamlingId = post.Id, RegionCode = post.RegionCode, CheckedOn = c.CheckedOn!.Value, Status = c.Status!.Value,
                Note = string.IsNullOrWhiteSpace(c.Note) ? null : c.Note.Trim(),
            });
            if (c.CheckedOn.Value >= post.LastCheckedOn)
            {
                (post.LastCheckedOn, post.Status) = (c.CheckedOn.Value, c.Status.Value);
            }

            await db.ReportPoskamlingAsync(post, cancellationToken);
            return PoskamlingDto.From(post);
        }
    }
}

internal static class CheckPoskamlingEndpoint
{
    public static void MapCheckPoskamling(this IEndpointRouteBuilder group) =>
        group.MapPost("/poskamling/{id:guid}/checks", async (Guid id, CheckPoskamling.Body body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CheckPoskamling(id, body), ct)))
            .WithName("CheckPoskamling")
            .WithSummary("Record a check of a poskamling: its status (aktif, tidakAktif, rusak) on a day.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(Roles.Trantibumlinmas, Roles.Desa)
            .VillageWide();
}
