using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.Health.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ScreeningGrowthAndAnaemia : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Anaemia",
                schema: "health",
                table: "screenings",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BmiCategory",
                schema: "health",
                table: "screenings",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "BmiForAgeFlagged",
                schema: "health",
                table: "screenings",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "BmiForAgeZ",
                schema: "health",
                table: "screenings",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "HbGPerDl",
                schema: "health",
                table: "screenings",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "HeightForAgeZ",
                schema: "health",
                table: "screenings",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IronTabletsGiven",
                schema: "health",
                table: "screenings",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Thinness",
                schema: "health",
                table: "screenings",
                type: "bit",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Anaemia",
                schema: "health",
                table: "screenings");

            migrationBuilder.DropColumn(
                name: "BmiCategory",
                schema: "health",
                table: "screenings");

            migrationBuilder.DropColumn(
                name: "BmiForAgeFlagged",
                schema: "health",
                table: "screenings");

            migrationBuilder.DropColumn(
                name: "BmiForAgeZ",
                schema: "health",
                table: "screenings");

            migrationBuilder.DropColumn(
                name: "HbGPerDl",
                schema: "health",
                table: "screenings");

            migrationBuilder.DropColumn(
                name: "HeightForAgeZ",
                schema: "health",
                table: "screenings");

            migrationBuilder.DropColumn(
                name: "IronTabletsGiven",
                schema: "health",
                table: "screenings");

            migrationBuilder.DropColumn(
                name: "Thinness",
                schema: "health",
                table: "screenings");
        }
    }
}
