using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.Registry.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EppgbmNikIbuIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_residents_NikIbu",
                schema: "registry",
                table: "residents",
                column: "NikIbu");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_residents_NikIbu",
                schema: "registry",
                table: "residents");
        }
    }
}
