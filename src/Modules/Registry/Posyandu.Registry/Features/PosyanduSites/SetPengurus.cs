namespace Posyandu.Registry.Features.PosyanduSites;

/// <summary>
/// Replaces a Posyandu's pengurus (Permendagri 13/2024: ketua, sekretaris, bendahara and one ketua bidang per SPM
/// sector) with their terms. The whole list is sent each time: a new SK (decree) replaces the previous board.
/// </summary>
public sealed record SetPengurus(Guid Id, IReadOnlyList<PengurusDto>? Pengurus) : ICommand<PosyanduSite>
{
    internal sealed class Validator : AbstractValidator<SetPengurus>
    {
        public Validator()
        {
            RuleFor(s => s.Pengurus).NotNull();
            RuleForEach(s => s.Pengurus).NotNull().WithMessage("A pengurus entry cannot be null.");
            RuleForEach(s => s.Pengurus).ChildRules(p =>
            {
                p.RuleFor(x => x.Position).Must(PengurusPositions.All.Contains)
                    .WithMessage($"position is one of: {string.Join(", ", PengurusPositions.All)}.");
                p.RuleFor(x => x.Name).NotEmpty().MaximumLength(150);
                p.RuleFor(x => x.Phone).MustBePhone().When(x => x.Phone is not null);
                p.RuleFor(x => x.TermEnd).GreaterThanOrEqualTo(x => x.TermStart).When(x => x.TermEnd is not null)
                    .WithMessage("termEnd cannot be before termStart.");
            });
            RuleFor(s => s.Pengurus).Must(list => list!.Select(p => p.Position).Distinct().Count() == list!.Count)
                .When(s => s.Pengurus is not null && s.Pengurus.All(p => p is not null)).WithMessage("Each position is held by one person.");
        }
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<SetPengurus, PosyanduSite>
    {
        public async Task<PosyanduSite> Handle(SetPengurus request, CancellationToken cancellationToken)
        {
            var posyandu = await RegistryRules.FindPosyanduAsync(db, request.Id, cancellationToken);
            posyandu.Pengurus.Clear();
            posyandu.Pengurus.AddRange(request.Pengurus!.Select(p => new Pengurus
            {
                Position = p.Position, Name = p.Name.Trim(), Phone = p.Phone, TermStart = p.TermStart, TermEnd = p.TermEnd,
            }));
            return posyandu;
        }
    }
}

internal static class SetPengurusEndpoint
{
    public static void MapSetPengurus(this IEndpointRouteBuilder posyandu) =>
        posyandu.MapPut("/{id:guid}/pengurus", async (Guid id, IReadOnlyList<PengurusDto> pengurus, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var site = await mediator.Send(new SetPengurus(id, pengurus), ct);
                response.SetETag(site);
                return TypedResults.Ok(PosyanduDto.From(site));
            })
            .WithName("SetPengurus")
            .WithSummary("Replace the pengurus (ketua, sekretaris, bendahara, ketua bidang per SPM sector) with their terms.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Dpmd);
}
