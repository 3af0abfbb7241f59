// Chapter 1, the bedroom (maps/bedroom.tmj): night in Mira's home. Each knot is a scene a Trigger or a
// Clue of the map opens; `intro` and `outro` are the chapter's (src/story/chapters.ts). The three clues set
// the flags the hidden door's Trigger waits for; the next chapters read them too.
VAR storybook_found = 0
VAR stars_drawing_found = 0
VAR draught_found = 0
VAR hidden_door_open = 0

=== intro ===
The pod hums beside Mira's bed. Its screen glows cyan, waiting.
# face: worried
Mira: Programmed dreams again. Sheep that count themselves.
Mira: I want real ones. Under real stars.
Footsteps in the hall. Mum, checking on us.
Mira: Stay still under the bed till she's gone. Then %sneak% past anyone awake.
-> END

=== elena_worries ===
Elena: Pod on, lights low. That's what the leaflet says.
# face: worried
Elena: Then why do they both wake up so tired?
-> END

=== creaky_boards ===
Mira: These boards creak outside Niko's door.
Mira: Hold %sneak% and he won't hear a thing.
Niko: Come on, come on. One more level before the pod switches me off.
-> END

=== stars_drawing ===
A drawing of stars, pinned by Niko's window. Crayon, a bit smudged.
# face: happy
Mira: He made this when he was six. Before the pods.
Mira: He drew the real sky. He remembered it.
{ storybook_found && draught_found:
    Mira: Now back to the wardrobe, where the cold air comes from.
}
-> END

=== curtain ===
Mira: Behind the curtain. Keep still and nobody sees me.
Sam: Pods for sleep. Pods for dreams. Next they'll sell a pod for breathing.
Mira: Dad's up again, at Grandma's bookcase. He goes to look wherever a sound comes from.
Mira: Face the rug and %toss% a marble. While he looks, the bookcase is mine.
-> END

=== sam_kitchen ===
Sam: Half past one. The fridge hums, the pods hum. The whole house hums.
# face: worried
Sam: When did we last just sleep?
-> END

=== storybook ===
The old storybook. Grandma's. Its spine is cracked at the same page it always was.
Mira: "Behind the wardrobe, where the cold air comes from, the door to the old dreams."
# face: happy
Mira: I thought it was only a story.
-> END

=== door_lesson ===
Mira: The spare room. Nobody goes in there since Grandma.
Mira: %interact% opens the door. Doors click, so open it when nobody's close.
-> END

=== spare_room ===
Mira: Grandma's wardrobe. It still smells of her coat.
-> END

=== draught ===
Cold air on her ankles, from behind Grandma's wardrobe.
Mira: A draught. In a room with the window shut.
{ storybook_found && stars_drawing_found:
    Mira: Just like the story says.
- else:
    Mira: Where is that coming from?
    { not storybook_found:
        Mira: Grandma's storybook had a line about cold air. It's on her bookcase.
    }
    { not stars_drawing_found:
        Mira: And Niko's drawing of the real sky, by his window. I'm not going without it.
    }
}
-> END

=== hidden_door ===
Mira leans on the wardrobe. It slides, slow and heavy, and cool air rushes out.
# face: happy
Mira: A door. A real one. Stairs going down into the dark.
-> END

=== outro ===
Mira steps into the passage. The pod's hum fades behind her.
Mira: Back before morning. Probably.
-> END
