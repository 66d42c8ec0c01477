namespace Posyandu.Health.Persistence;

public class HealthDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => HealthModule.ModuleName;

    public DbSet<ResidentProjection> Residents => Set<ResidentProjection>();

    /// <summary>The e-PPGBM identity facts (NIK, KK, parents, address): see <see cref="ResidentIdentity"/>.</summary>
    public DbSet<ResidentIdentity> ResidentIdentities => Set<ResidentIdentity>();

    public DbSet<HealthPosyandu> Posyandu => Set<HealthPosyandu>();

    public DbSet<ChildVisit> Visits => Set<ChildVisit>();

    public DbSet<ImmunisationDose> Immunisations => Set<ImmunisationDose>();

    public DbSet<Pregnancy> Pregnancies => Set<Pregnancy>();

    public DbSet<AntenatalCheck> AntenatalChecks => Set<AntenatalCheck>();

    public DbSet<Screening> Screenings => Set<Screening>();

    public DbSet<Referral> Referrals => Set<Referral>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HealthDbContext).Assembly);
}

internal sealed class HealthSqliteDbContext(DbContextOptions<HealthSqliteDbContext> options) : HealthDbContext(options);

internal sealed class HealthSqlServerDbContext(DbContextOptions<HealthSqlServerDbContext> options) : HealthDbContext(options);
