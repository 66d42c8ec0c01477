using Posyandu.Registry.Regions;

namespace Posyandu.Registry.Persistence;

public class RegistryDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => RegistryModule.ModuleName;

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<PosyanduSite> Posyandu => Set<PosyanduSite>();

    public DbSet<Kader> Kader => Set<Kader>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<Resident> Residents => Set<Resident>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
}

// One subclass per provider, each with its own migrations folder (tools/add-migration.sh).
internal sealed class RegistrySqliteDbContext(DbContextOptions<RegistrySqliteDbContext> options) : RegistryDbContext(options);

internal sealed class RegistrySqlServerDbContext(DbContextOptions<RegistrySqlServerDbContext> options) : RegistryDbContext(options);
