using Posyandu.SharedKernel.Privacy;
using NikNumber = Posyandu.SharedKernel.Domain.Nik;

namespace Posyandu.Registry.Features.Residents;

/// <summary>
/// Registers a resident in a household. The NIK must agree with the birth date and sex (day + 40 for women); only
/// a baby under one year may come without one, with the mother's NIK. One NIK, one resident (409 naming only the
/// existing id, and only when the caller may see it). Possible duplicates without NIK come back as warnings, never merged silently.
/// </summary>
public sealed record RegisterResident(
    string? Nik, string? NikIbu, string? Name, string? Sex, DateOnly BirthDate, Guid HouseholdId, string? Relation) : ICommand<RegisterResident.Result>
{
    public sealed record Result(ResidentDto Resident, IReadOnlyList<Warning> Warnings);

    /// <summary>A record that may be the same person (same normalised name and sex, birth within 3 days, same village).</summary>
    public sealed record Warning(string Kind, Guid ResidentId);

    internal sealed class Validator : AbstractValidator<RegisterResident>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(r => r.Name).NotEmpty().MaximumLength(150);
            RuleFor(r => r.Sex).Must(s => Sexes.TryParse(s, out _)).WithMessage("sex is male or female.");
            RuleFor(r => r.BirthDate).Must(d => d <= time.Today()).WithMessage("birthDate cannot be in the future.")
                .Must(d => d.Year >= 1900).WithMessage("birthDate is before 1900.");
            RuleFor(r => r.HouseholdId).NotEmpty();
            RuleFor(r => r.Relation).Must(Relations.All.Contains!).WithMessage($"relation is one of: {string.Join(", ", Relations.All)}.");
            When(r => r.Nik is not null, () =>
            {
                RuleFor(r => r.Nik).MustBeNik()
                    .Must((r, nik) => !NikNumber.TryParse(nik, out var parsed, out _) || !Sexes.TryParse(r.Sex, out var sex) || parsed.IsConsistentWith(r.BirthDate, sex))
                    .WithMessage("The NIK does not match the birth date and sex (digits 7–12 are DDMMYY, with 40 added to the day for women).");
                // Not kept beside a NIK, but still bounded like every text a body carries (issue 22).
                RuleFor(r => r.NikIbu).MaximumLength(16).WithMessage("nikIbu is a 16-digit NIK.");
            }).Otherwise(() =>
            {
                RuleFor(r => r.NikIbu).NotEmpty().WithMessage("nik is required; only a newborn under one year may be registered with the mother's NIK (nikIbu).")
                    .MustBeNik()
                    .Must(n => NikNumber.TryParse(n, out var mother, out _) && mother.Sex == SharedKernel.Domain.Sex.Female).WithMessage("nikIbu must be a woman's NIK.");
                RuleFor(r => r.BirthDate).Must(d => d > time.Today().AddYears(-1))
                    .WithMessage("Only a newborn under one year may be registered without a NIK.");
            });
        }
    }

    internal sealed class Handler(RegistryDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<RegisterResident, Result>
    {
        public async Task<Result> Handle(RegisterResident request, CancellationToken cancellationToken)
        {
            var household = await db.Households.SingleOrDefaultAsync(h => h.Id == request.HouseholdId, cancellationToken)
                            ?? throw new NotFoundException("Household");
            if (request.Nik is not null
                && await db.Residents.IgnoreQueryFilters().Where(r => r.Nik == request.Nik)
                    .Select(r => new { r.Id, Place = new RegistryRules.Place(r.RegionCode, r.PosyanduId) }).FirstOrDefaultAsync(cancellationToken) is { } existing)
            {
                throw RegistryRules.Duplicate("resident", existing.Id, existing.Place, db.Scope);
            }

            var sex = Sexes.TryParse(request.Sex, out var parsed) ? parsed : throw RequestValidationException.For("sex", "sex is male or female.");
            var resident = new Resident
            {
                Id = Guid.CreateVersion7(), Nik = request.Nik, NikIbu = request.Nik is null ? request.NikIbu : null,
                Name = request.Name!.Trim(), SearchName = TextSearch.Normalize(request.Name), Sex = sex, BirthDate = request.BirthDate,
                HouseholdId = household.Id, PosyanduId = household.PosyanduId, RegionCode = household.RegionCode, Relation = request.Relation!,
            };
            var warnings = await PossibleDuplicatesAsync(resident, cancellationToken);
            db.Residents.Add(resident);
            db.Publish(new ResidentRegistered(resident.Id, resident.Name, sex.ToApi(), resident.BirthDate, resident.HouseholdId, resident.PosyanduId, resident.RegionCode));
            await ResidentIdentities.PublishAsync(db, resident, wasParent: false, leftHousehold: null, household, cancellationToken);
            return new Result(ResidentDto.From(resident, user.PersonalFields(), time.Today()), warnings);
        }

        private async Task<IReadOnlyList<Warning>> PossibleDuplicatesAsync(Resident resident, CancellationToken ct)
        {
            var (from, to) = (resident.BirthDate.AddDays(-3), resident.BirthDate.AddDays(3));
            // Within the caller's scope (no IgnoreQueryFilters): a warning names an id, and an id outside scope is an oracle.
            var ids = await db.Residents
                .Where(r => r.RegionCode == resident.RegionCode && r.SearchName == resident.SearchName && r.Sex == resident.Sex
                            && r.BirthDate >= from && r.BirthDate <= to)
                .Select(r => r.Id).ToListAsync(ct);
            return ids.Select(id => new Warning("possible-duplicate", id)).ToList();
        }
    }
}

internal static class RegisterResidentEndpoint
{
    public static void MapRegisterResident(this IEndpointRouteBuilder residents) =>
        residents.MapPost("/", async (RegisterResident command, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/registry/residents/{result.Resident.Id}", result);
            })
            .WithName("RegisterResident")
            .WithSummary("Register a resident in a household; possible duplicates come back as warnings.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles(Roles.Dpmd, Roles.Kader);
}
