using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QuestionsEcrites.Data.Migrations
{
    /// <inheritdoc />
    public partial class CompactTextBands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The band table leaves the EF model: it is derived, read and written by DuplicateLinker's SQL alone, and
            // a WITHOUT ROWID table keyed by band is one B-tree instead of three (table, key, question index).
            // Questions are never deleted, so no foreign key is needed; the linker deletes a question's old bands
            // by their keys. The new stamp name (identical-texts-4) makes the linker start the tables afresh.
            migrationBuilder.DropTable(
                name: "TextBands");
            migrationBuilder.Sql("""
                CREATE TABLE "TextBands" (
                    "Kind" INTEGER NOT NULL,
                    "BandKey" INTEGER NOT NULL,
                    "QuestionId" INTEGER NOT NULL,
                    PRIMARY KEY ("Kind", "BandKey", "QuestionId")
                ) WITHOUT ROWID;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "TextBands";""");
            migrationBuilder.CreateTable(
                name: "TextBands",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    BandKey = table.Column<long>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TextBands", x => new { x.Kind, x.BandKey, x.QuestionId });
                    table.ForeignKey(
                        name: "FK_TextBands_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TextBands_QuestionId",
                table: "TextBands",
                column: "QuestionId");
        }
    }
}
